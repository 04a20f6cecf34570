/**
 * Which statistics a metric gets, and in which order its periods are compared. The methods
 * are @quorum/stats' (OHID Fingertips / PHEindicatormethods practice); this file only chooses
 * them by the metric's kind and confidence level, names them with their references for
 * readers and exports, and settles the baseline and follow-up.
 */
import {
  analyseGapsWith,
  comparePeriodLabels,
  meanInterval,
  meanScale,
  naturalOrder,
  newcombeDifference,
  orderPeriodLabels,
  PROPORTION_SCALE,
  proportionRatio,
  rateDifference,
  rateInterval,
  rateRatio,
  rateScale,
  welchDifference,
  wilsonInterval,
  Z_95,
  zForLevel,
  type Direction,
  type Estimator,
  type GapAnalysis,
  type GroupCells,
  type IntervalResult,
  type Scale,
} from '@quorum/stats';
import { ConfidenceLevel, MetricKind, PeriodOrder } from './evidence.enums.js';
import type { Figures } from './suppression.js';

/** The two-sided level as a fraction, by setting. */
export const LEVELS: Record<ConfidenceLevel, number> = { PERCENT_95: 0.95, PERCENT_99_8: 0.998 };

/** The normal critical value of a metric's level (95% unless set). */
export function zOf(level: ConfidenceLevel | null | undefined): number {
  return level && level !== ConfidenceLevel.PERCENT_95 ? zForLevel(LEVELS[level]) : Z_95;
}

const noCell = (): IntervalResult => ({ kind: 'no-data', reason: 'No values for this group at this period.' });
const counts = (c?: Figures) => ({ numerator: c?.numerator ?? 0, denominator: c?.denominator ?? 0 });
const summary = (c?: Figures) => ({ mean: c?.mean ?? 0, sd: c?.sd ?? 0, n: c?.n ?? 0 });

const PROPORTIONS: Estimator<Figures | undefined> = {
  value: (c, o) => (c ? wilsonInterval(counts(c).numerator, counts(c).denominator, o) : noCell()),
  difference: (a, b, o) => newcombeDifference(counts(a).numerator, counts(a).denominator, counts(b).numerator, counts(b).denominator, o),
  ratio: (a, b, o) => proportionRatio(counts(a).numerator, counts(a).denominator, counts(b).numerator, counts(b).denominator, o),
  changeBounds: [-2, 2],
};

const RATES: Estimator<Figures | undefined> = {
  value: (c, o) => (c ? rateInterval(counts(c).numerator, counts(c).denominator, o) : noCell()),
  difference: (a, b, o) => rateDifference(counts(a).numerator, counts(a).denominator, counts(b).numerator, counts(b).denominator, o),
  ratio: (a, b, o) => rateRatio(counts(a).numerator, counts(a).denominator, counts(b).numerator, counts(b).denominator, o),
};

const MEANS: Estimator<Figures | undefined> = {
  value: (c, o) => (c ? meanInterval(summary(c), o) : noCell()),
  difference: (a, b, o) => welchDifference(summary(a), summary(b), o),
  ratio: () => ({ kind: 'no-data', reason: 'Ratios are given for proportions and rates only.' }),
};

export function estimatorFor(kind: MetricKind): Estimator<Figures | undefined> {
  return kind === MetricKind.MEAN ? MEANS : kind === MetricKind.RATE ? RATES : PROPORTIONS;
}

/** One group's value at one period at the level z stands for. */
export function valueAt(kind: MetricKind, cell: Figures | undefined, z = Z_95): IntervalResult {
  return estimatorFor(kind).value(cell, { z });
}

/** a − b (a group minus the reference, or follow-up minus baseline). */
export function differenceAt(kind: MetricKind, a: Figures | undefined, b: Figures | undefined, z = Z_95): IntervalResult {
  return estimatorFor(kind).difference(a, b, { z });
}

/** The gap analysis of any kind, judged by the same verdicts. */
export function analyseKind(kind: MetricKind, direction: Direction, z: number, referenceGroup: string, groups: GroupCells<Figures | undefined>[]): GapAnalysis {
  return analyseGapsWith(estimatorFor(kind), { direction, referenceGroup, groups, z });
}

/** How sentences write values: percentages, "per 1,000", or the mean's unit. */
export function scaleOf(metric: { kind: MetricKind; ratePer?: number | null; unit?: string | null }): Scale {
  if (metric.kind === MetricKind.RATE) return rateScale(metric.ratePer ?? 1000);
  if (metric.kind === MetricKind.MEAN) return meanScale(metric.unit);
  return PROPORTION_SCALE;
}

/** A method an analysis used, named with its reference, for readers and exports. */
export interface MethodNote {
  name: string;
  usedFor: string;
  reference: string;
}

const MOVER_REF = 'Zou GY, Donner A. Construction of confidence limits about effect measures: a general approach. Stat Med 2008;27:1693–1702.';

/** The methods of rates entered by age band (evidence/age-standardised.ts). */
const AGE_STANDARDISED: MethodNote[] = [
  {
    name: 'Directly age-standardised rate (2013 European Standard Population)',
    usedFor: 'A group’s rate with its age bands weighted by the standard population, beside the crude rate (not shown under 10 events)',
    reference: 'Eurostat. Revision of the European Standard Population: report of Eurostat’s task force. 2013; as PHEindicatormethods phe_dsr.',
  },
  {
    name: 'Dobson’s method',
    usedFor: 'The interval of an age-standardised rate, from Byar’s limits of its events',
    reference: 'Dobson AJ, Kuulasmaa K, Eberle E, Scherer J. Confidence intervals for weighted sums of Poisson parameters. Stat Med 1991;10:457–462; as PHEindicatormethods phe_dsr.',
  },
];

/** Every method an analysis of this kind uses, at this level, each with its reference. */
export function methodsOf(kind: MetricKind, level: ConfidenceLevel | null | undefined, ageStandardised = false): MethodNote[] {
  const levelText = `${LEVELS[level ?? ConfidenceLevel.PERCENT_95] * 100}%`;
  const common: MethodNote[] = [
    {
      name: `${levelText} confidence intervals`,
      usedFor: 'Every interval and verdict (“unlikely to be due to chance alone” when the interval excludes no change)',
      reference: 'OHID Fingertips: 95% and 99.8% limits (Public Health England, Technical Guide: Confidence intervals, 2018).',
    },
  ];
  if (kind === MetricKind.RATE) {
    return [
      ...common,
      {
        name: 'Exact Poisson interval',
        usedFor: 'A rate with fewer than 10 events',
        reference: 'Garwood F. Fiducial limits for the Poisson distribution. Biometrika 1936;28:437–442; as PHEindicatormethods phe_rate.',
      },
      {
        name: 'Byar’s method',
        usedFor: 'A rate with 10 events or more',
        reference: 'Breslow NE, Day NE. Statistical Methods in Cancer Research, vol. II. IARC 1987, p. 69; as PHEindicatormethods byars_lower/byars_upper.',
      },
      { name: 'MOVER difference of rates', usedFor: 'Changes, gaps between groups and the change in a gap', reference: `${MOVER_REF} Li HQ, Tang ML, Wong WK. Stat Med 2012;31:2197–2208.` },
      { name: 'Rate ratio, log method', usedFor: 'A group’s rate divided by the reference group’s', reference: 'Rothman KJ, Greenland S, Lash TL. Modern Epidemiology, 3rd ed. 2008, ch. 14.' },
      ...(ageStandardised ? AGE_STANDARDISED : []),
    ];
  }
  if (kind === MetricKind.MEAN) {
    return [
      ...common,
      { name: 'Student’s t interval', usedFor: 'A group’s mean at one period', reference: 'Student. The probable error of a mean. Biometrika 1908;6:1–25; as PHEindicatormethods phe_mean.' },
      {
        name: 'Welch’s t interval',
        usedFor: 'Changes and gaps between groups (unequal variances)',
        reference: 'Welch BL. The generalization of “Student’s” problem when several different population variances are involved. Biometrika 1947;34:28–35.',
      },
      { name: 'MOVER', usedFor: 'The change in a gap', reference: MOVER_REF },
    ];
  }
  return [
    ...common,
    {
      name: 'Wilson score interval',
      usedFor: 'A group’s proportion at one period',
      reference: 'Wilson EB. Probable inference, the law of succession, and statistical inference. JASA 1927;22:209–212; as PHEindicatormethods phe_proportion.',
    },
    {
      name: 'Newcombe’s hybrid score interval (method 10)',
      usedFor: 'Changes and gaps between groups',
      reference: 'Newcombe RG. Interval estimation for the difference between independent proportions. Stat Med 1998;17:873–890.',
    },
    { name: 'Katz log interval', usedFor: 'A group’s proportion divided by the reference group’s', reference: 'Katz D, Baptista J, Azen SP, Pike MC. Biometrics 1978;34:469–474.' },
    { name: 'MOVER (Newcombe’s square-and-add)', usedFor: 'The change in a gap (a difference of differences)', reference: `${MOVER_REF} Newcombe RG. Stat Med 2001;20:2885–2893.` },
  ];
}

/** The settled order of a metric's periods and which two are compared. */
export interface ResolvedPeriods {
  /** Earliest first when known; natural text order (the chosen ends first and last) when unclear. */
  periods: string[];
  order: PeriodOrder;
  /** Why the order is unclear; null otherwise. */
  reason: string | null;
  baseline: string | null;
  followUp: string | null;
  notes: string[];
}

/**
 * Settles the baseline and follow-up: the analyst's choice where made (and present), otherwise
 * the first and last period when the labels tell their order, otherwise none (UNCLEAR): an
 * unclear order is asked about, never guessed.
 */
export function resolvePeriods(labels: Iterable<string>, chosen: { baselinePeriod?: string | null; followUpPeriod?: string | null } = {}): ResolvedPeriods {
  const read = orderPeriodLabels(labels);
  const present = new Set(read.periods);
  const notes: string[] = [];
  const pick = (value: string | null | undefined, what: string) => {
    if (value && !present.has(value) && present.size > 0) notes.push(`The ${what} period “${value}” has no values, so it is not used.`);
    return value && present.has(value) ? value : null;
  };
  const b = pick(chosen.baselinePeriod, 'baseline');
  const f = pick(chosen.followUpPeriod, 'follow-up');
  if (read.status === 'detected') {
    const periods = [...read.periods];
    const order = b && f ? PeriodOrder.CHOSEN : PeriodOrder.DETECTED;
    return { periods, order, reason: null, baseline: b ?? periods[0] ?? null, followUp: f ?? periods.at(-1) ?? null, notes };
  }
  // Unclear: list the chosen ends first and last, the rest in text order.
  const middle = read.periods.filter((p) => p !== b && p !== f).sort(naturalOrder);
  const periods = [...(b ? [b] : []), ...middle, ...(f && f !== b ? [f] : [])];
  const other = (one: string) => read.periods.find((p) => p !== one) ?? null;
  if (b && f) return { periods, order: PeriodOrder.CHOSEN, reason: null, baseline: b, followUp: f, notes };
  // Two periods and one of them chosen: the other is the other end.
  if (read.periods.length === 2 && (b || f)) return { periods, order: PeriodOrder.CHOSEN, reason: null, baseline: b ?? other(f!), followUp: f ?? other(b!), notes };
  return { periods, order: PeriodOrder.UNCLEAR, reason: read.reason, baseline: null, followUp: null, notes };
}

/** A baseline whose label says it comes after its follow-up ("2024" before "2022", "Post" before "Pre"). */
export function labelledAfter(baseline: string, followUp: string): boolean {
  return comparePeriodLabels(baseline, followUp) > 0;
}
