/**
 * A metric's equity analysis, computed from its values with @quorum/stats: nothing here is
 * new statistics, only choosing groups and periods, rolling codes up to ONS groups, and
 * hiding what small numbers would give away.
 */
import {
  describeGapChange,
  describeGroupChange,
  ETHNIC_CATEGORIES,
  ethnicCategoryLabel,
  isInterval,
  naturalOrder,
  onsGroupOf,
  type Direction,
  type EthnicCategoryCode,
  type Gap,
  type GroupGap,
  type GroupTrend,
  type IntervalResult,
} from '@quorum/stats';
import { ChangeVerdict, ConfidenceLevel, GapPosition, GapVerdict, GroupLevel, MetricDirection, MetricKind } from './evidence.enums.js';
import { analyseKind, differenceAt, labelledAfter, LEVELS, methodsOf, resolvePeriods, scaleOf, valueAt, zOf } from './metric.methods.js';
import type { Estimate, GapEstimate, GroupAnalysis, GroupFigures, MetricAnalysis, MetricPeriod, StandardisedRate } from './evidence.types.js';
import { byAgeBand, crudeCells, groupStandardisedRate, type BandedCell } from './age-standardised.js';
import { withSeries } from './metric.series.js';
import { cellKey, hiddenCells, isSmall, type Figures } from './suppression.js';
import { withRoundedCounts } from './suppression-marks.js';

type Cell = Figures & { period: string; ethnicCode: EthnicCategoryCode };

export interface MetricSettings {
  name: string;
  kind: MetricKind;
  direction: MetricDirection;
  population: string;
  referenceCode: EthnicCategoryCode;
  baselinePeriod?: string | null;
  followUpPeriod?: string | null;
  suppressionThreshold: number;
  /** The level of every interval and verdict; 95% when unset. */
  confidenceLevel?: ConfidenceLevel | null;
  ratePer?: number | null;
  unit?: string | null;
  /** SPC: the target (a fraction for proportions and rates) and the periods from which limits are recalculated. */
  target?: number | null;
  recalculationPeriods?: string[] | null;
  /** Counts rounded to the nearest 5 for whoever sees small numbers suppressed (suppression-marks.ts). */
  roundToFive?: boolean | null;
}

const NOT_STATED = 'Not stated';
/** Short names for sentences ("between Black and White patients"). */
const SHORT_NAMES: Record<string, string> = {
  'Mixed or Multiple ethnic groups': 'Mixed',
  'Asian or Asian British': 'Asian',
  'Black, Black British, Caribbean or African': 'Black',
  'Other ethnic group': 'Other',
};

/** Text order with numbers read as numbers ("2023-Q2" before "2023-Q10"): for listings only, never for which period came first. */
export function comparePeriods(a: string, b: string): number {
  return naturalOrder(a, b);
}

/**
 * Periods earliest first when their labels tell (dates, quarters, months, financial years,
 * Pre/Post, Baseline/Follow-up: metric.methods.ts), otherwise in text order with a chosen
 * baseline first and follow-up last.
 */
export function orderPeriods(periods: Iterable<string>, ends: { baselinePeriod?: string | null; followUpPeriod?: string | null } = {}): string[] {
  return resolvePeriods(periods, ends).periods;
}

/** A baseline whose label says it comes after its follow-up ("2024" before "2022", "Post" before "Pre"). */
export function datedAfter(baseline: string, followUp: string): boolean {
  return labelledAfter(baseline, followUp);
}

function toEstimate(result: IntervalResult): Estimate {
  return isInterval(result)
    ? { available: true, estimate: result.estimate, lower: result.lower, upper: result.upper, reason: null }
    : { available: false, estimate: null, lower: null, upper: null, reason: result.reason };
}

/** Sums counts; for means, the exact mean and sd of the combined sample from each part's mean, sd and n. */
function combine(kind: MetricKind, cells: Figures[]): Figures {
  if (cells.length === 1) return cells[0];
  const sum = (f: (c: Figures) => number) => cells.reduce((s, c) => s + f(c), 0);
  if (kind !== MetricKind.MEAN) return { numerator: sum((c) => c.numerator ?? 0), denominator: sum((c) => c.denominator ?? 0) };
  const n = sum((c) => c.n ?? 0);
  if (n === 0) return { mean: null, sd: null, n: 0 };
  const mean = sum((c) => (c.n ?? 0) * (c.mean ?? 0)) / n;
  const squares = sum((c) => Math.max((c.n ?? 0) - 1, 0) * (c.sd ?? 0) ** 2 + (c.n ?? 0) * ((c.mean ?? 0) - mean) ** 2);
  return { mean, sd: n > 1 ? Math.sqrt(squares / (n - 1)) : 0, n };
}

/** One group's value at one period at the level z stands for (Wilson, exact Poisson/Byar, or t: metric.methods.ts). */
function valueOf(kind: MetricKind, cell?: Figures, z?: number): IntervalResult {
  return valueAt(kind, cell, z);
}

/** Group minus reference at one period (Newcombe, MOVER of rates, or Welch). */
function differenceOf(kind: MetricKind, a?: Figures, b?: Figures, z?: number): IntervalResult {
  return differenceAt(kind, a, b, z);
}

interface GroupCells {
  group: string;
  code: EthnicCategoryCode | null;
  /** The figures shown and worked from: rounded when the reader sees rounded counts. */
  byPeriod: Map<string, Figures>;
  /** The figures as entered, which alone decide what is hidden. */
  exactByPeriod: Map<string, Figures>;
}

const upper = <T extends string>(value: string) => value.toUpperCase().replace(/-/g, '_') as T;

/**
 * Who reads the analysis: a member in the app, from whose role small numbers are hidden, or an
 * export for judges, where suppression applies to everyone and is worded neutrally.
 */
export type AnalysisAudience = 'member' | 'export';

/**
 * The analysis as one reader sees it: with `suppress`, small numbers hidden; with `suppress` and
 * the metric's `roundToFive`, the values rounded to the nearest 5 first and everything worked out
 * from the rounded values (the one place rounding happens for an analysis), while what is hidden
 * is decided on the values as entered, as NHS Digital suppresses and then rounds.
 */
export function analyseMetric(metric: MetricSettings, asEntered: BandedCell[], level: GroupLevel, suppress: boolean, audience: AnalysisAudience = 'member'): MetricAnalysis {
  // With rounding, everything but the hiding decision reads the rounded values, so no figure shown gives an exact count back.
  const entered = suppress && metric.roundToFive ? asEntered.map(withRoundedCounts) : asEntered;
  const { kind, suppressionThreshold: threshold } = metric;
  // Values by age band: everything below reads the crude counts (the bands summed); the bands give the standardised rates.
  const banded = byAgeBand(entered);
  const cells: Cell[] = crudeCells(entered);
  const exactCells: Cell[] = crudeCells(asEntered);
  const groupOf = (code: EthnicCategoryCode) => (level === GroupLevel.ONS_GROUP ? onsGroupOf(code) : ethnicCategoryLabel(code));
  const referenceGroup = groupOf(metric.referenceCode);
  const z = zOf(metric.confidenceLevel);
  const order = resolvePeriods(
    cells.map((c) => c.period),
    metric,
  );
  const { periods } = order;
  const notes: string[] = [...order.notes];
  const empty: MetricAnalysis = {
    level,
    confidenceLevel: metric.confidenceLevel ?? ConfidenceLevel.PERCENT_95,
    confidence: LEVELS[metric.confidenceLevel ?? ConfidenceLevel.PERCENT_95],
    periodOrder: order.order,
    methods: methodsOf(kind, metric.confidenceLevel, banded),
    hasData: false,
    message: null,
    periods,
    baselinePeriod: null,
    followUpPeriod: null,
    referenceGroup,
    suppressionThreshold: threshold,
    suppressionApplied: false,
    groups: [],
    timeSeries: [],
    ageStandardised: banded,
    standardisedRates: [],
    sentences: [],
    notes,
    overall: [],
    spc: [],
    dataQuality: { notStated: [], flags: [] },
  };
  if (cells.length === 0) return { ...empty, message: 'No values have been entered for this metric yet.' };

  // Groups in Data Dictionary order, reference first; each with its (rolled-up) cells per period.
  const rollUp = (list: Cell[]) => {
    const ordered = [...list].sort((a, b) => ETHNIC_CATEGORIES.findIndex((c) => c.code === a.ethnicCode) - ETHNIC_CATEGORIES.findIndex((c) => c.code === b.ethnicCode));
    const parts = new Map<string, { code: EthnicCategoryCode; byPeriod: Map<string, Cell[]> }>();
    for (const cell of ordered) {
      const name = groupOf(cell.ethnicCode);
      const part = parts.get(name) ?? { code: cell.ethnicCode, byPeriod: new Map() };
      part.byPeriod.set(cell.period, [...(part.byPeriod.get(cell.period) ?? []), cell]);
      parts.set(name, part);
    }
    return new Map([...parts].map(([group, part]) => [group, { code: part.code, byPeriod: new Map([...part.byPeriod].map(([period, l]) => [period, combine(kind, l)])) }]));
  };
  const exactParts = rollUp(exactCells);
  const groups: GroupCells[] = [...rollUp(cells)].map(([group, part]) => ({
    group,
    code: level === GroupLevel.ETHNIC_CATEGORY ? part.code : null,
    byPeriod: part.byPeriod,
    exactByPeriod: exactParts.get(group)!.byPeriod,
  }));
  const reference: GroupCells = groups.find((g) => g.group === referenceGroup) ?? {
    group: referenceGroup,
    code: level === GroupLevel.ETHNIC_CATEGORY ? metric.referenceCode : null,
    byPeriod: new Map(),
    exactByPeriod: new Map(),
  };
  const compared = groups.filter((g) => g !== reference && g.group !== NOT_STATED);
  if (groups.some((g) => g.group === NOT_STATED)) notes.push('Not stated (code Z) is shown by period but not compared with the reference group.');

  // Disclosure control: entered cells at the detailed level, rolled-up cells at the ONS level.
  // Decided on the values as entered: a count of 3 rounded to 5 is still small.
  const hiddenEntered = suppress ? hiddenCells(kind, exactCells, threshold) : new Set<string>();
  const isHidden = (g: GroupCells, period: string) => {
    if (!suppress || !g.byPeriod.has(period)) return false;
    return level === GroupLevel.ETHNIC_CATEGORY ? hiddenEntered.has(cellKey(period, g.code!)) : isSmall(kind, g.exactByPeriod.get(period)!, threshold);
  };
  const hiddenReason =
    audience === 'export'
      ? `Withheld: it rests on a count fewer than ${threshold}, or on a figure that would reveal one (NHS small-number disclosure control).`
      : `Hidden: it rests on a number below ${threshold} (disclosure control; analysts can see it).`;
  const hiddenEstimate: Estimate = { available: false, estimate: null, lower: null, upper: null, reason: hiddenReason };
  let suppressionApplied = false;
  const mask = (hide: boolean, estimate: Estimate) => {
    suppressionApplied ||= hide;
    return hide ? hiddenEstimate : estimate;
  };
  const figuresOf = (g: GroupCells, period: string): GroupFigures => {
    const cell = g.byPeriod.get(period);
    const hide = isHidden(g, period);
    const shown = (value: number | null | undefined) => (hide || value === undefined ? null : value);
    return {
      period,
      numerator: shown(cell?.numerator),
      denominator: shown(cell?.denominator),
      mean: shown(cell?.mean),
      sd: shown(cell?.sd),
      n: shown(cell?.n),
      value: mask(hide, toEstimate(valueOf(kind, cell, z))),
      suppressed: hide,
    };
  };

  const withReference = [reference, ...groups.filter((g) => g !== reference)];
  const timeSeries: MetricPeriod[] = periods.map((period) => ({
    period,
    groups: withReference
      .filter((g) => g.byPeriod.has(period))
      .map((g) => ({
        group: g.group,
        code: g.code,
        isReference: g === reference,
        figures: figuresOf(g, period),
        gapToReference: compared.includes(g)
          ? mask(isHidden(g, period) || isHidden(reference, period), toEstimate(differenceOf(kind, g.byPeriod.get(period), reference.byPeriod.get(period), z)))
          : null,
      })),
  }));

  // Directly age-standardised rates beside the crude ones, hidden wherever the group's crude rate is (age-standardised.ts).
  const standardisedRates: StandardisedRate[] = !banded
    ? []
    : withReference.flatMap((g) =>
        periods.flatMap((period) => {
          const rate = groupStandardisedRate(
            entered.filter((c) => c.period === period && groupOf(c.ethnicCode) === g.group),
            z,
          );
          if (!rate) return [];
          const hide = isHidden(g, period);
          return [
            {
              group: g.group,
              code: g.code,
              isReference: g === reference,
              period,
              events: hide ? null : rate.events,
              population: hide ? null : rate.population,
              ageBands: rate.bands,
              value: mask(hide, toEstimate(rate.value)),
              crude: mask(hide, toEstimate(valueOf(kind, g.byPeriod.get(period), z))),
              suppressed: hide,
            },
          ];
        }),
      );
  if (banded)
    notes.push('Values come by age band: the rates, changes and gaps are crude (the bands added up); each group’s age-standardised rate (2013 European Standard Population) is given beside them.');

  // Baseline and follow-up: the chosen periods if they have values, else the first and last when the labels tell which is which.
  const before = order.baseline;
  const after = order.followUp;
  const done = (result: Partial<MetricAnalysis>): MetricAnalysis => {
    if (suppressionApplied)
      notes.push(
        audience === 'export'
          ? `Figures resting on a count fewer than ${threshold}, or on a figure that would reveal one, are withheld (NHS small-number disclosure control).`
          : `Figures resting on numbers below ${threshold} are hidden from your role (disclosure control); analysts see them.`,
      );
    const shown = (hide: boolean, value: number | null | undefined) => (hide ? null : (value ?? null));
    // The whole series, SPC charts and data quality (metric.series.ts), fed with this analysis's groups and hiding.
    return withSeries(
      { ...empty, hasData: true, timeSeries, standardisedRates, suppressionApplied, ...result },
      {
        metric,
        cells,
        level,
        suppress,
        periods,
        groups,
        reference,
        isHidden: (g, period) => isHidden(g as GroupCells, period),
        hiddenEntered,
        cellKey,
        combine: (list) => combine(kind, list),
        figures: (cell, period, hide) => ({
          period,
          numerator: shown(hide, cell?.numerator),
          denominator: shown(hide, cell?.denominator),
          mean: shown(hide, cell?.mean),
          sd: shown(hide, cell?.sd),
          n: shown(hide, cell?.n),
          value: hide ? hiddenEstimate : toEstimate(valueOf(kind, cell, z)),
          suppressed: hide,
        }),
        shortName: (group) => SHORT_NAMES[group] ?? group,
        lowerFirst,
      },
    );
  };
  if (periods.length < 2) return done({ message: `Values for at least two periods are needed to show a change; there are values for ${periods[0]} only.` });
  // An order the labels do not tell is asked about, never guessed: no change is described until it is chosen.
  if (!before || !after) return done({ message: order.reason });
  if (before === after) return done({ message: 'The baseline and follow-up are the same period: choose two different periods.' });
  // createMetric and updateMetric refuse this; a metric saved before they did would read a rise as a fall.
  if (datedAfter(before, after)) return done({ message: `The baseline (${before}) comes after the follow-up (${after}): choose a baseline before the follow-up.` });
  for (const [period, what] of [
    [before, 'baseline'],
    [after, 'follow-up'],
  ]) {
    if (!reference.byPeriod.has(period)) notes.push(`There are no values for the reference group (${referenceGroup}) at ${what} (${period}), so gaps cannot be computed.`);
  }

  const direction: Direction = metric.direction === MetricDirection.HIGHER_IS_BETTER ? 'higher-is-better' : 'lower-is-better';
  const analysis = analyseKind(
    kind,
    direction,
    z,
    referenceGroup,
    [reference, ...compared].map((g) => ({ group: g.group, baseline: g.byPeriod.get(before), followUp: g.byPeriod.get(after) })),
  );

  const refHidden = [isHidden(reference, before), isHidden(reference, after)];
  const sentenceOptions = { metric: lowerFirst(metric.name), population: metric.population, labels: SHORT_NAMES, scale: scaleOf(metric) };
  const gapOf = (gap: Gap, hide: boolean): GapEstimate => ({
    difference: mask(hide, toEstimate(gap.difference)),
    ratio: mask(hide, toEstimate(gap.ratio)),
    position: hide ? GapPosition.SUPPRESSED : upper<GapPosition>(gap.position),
  });
  const trends: (GroupTrend | GroupGap)[] = [analysis.reference, ...analysis.groups];
  const rows: GroupAnalysis[] = trends.map((trend, i) => {
    const g = i === 0 ? reference : compared[i - 1];
    const hidden = [isHidden(g, before), isHidden(g, after)];
    const changeHidden = hidden[0] || hidden[1];
    const gap = i === 0 ? null : (trend as GroupGap);
    const gapHidden = [hidden[0] || refHidden[0], hidden[1] || refHidden[1]];
    const verdict = gap ? (gapHidden[0] || gapHidden[1] ? GapVerdict.SUPPRESSED : upper<GapVerdict>(gap.gapVerdict)) : null;
    const change = mask(changeHidden, toEstimate(trend.change));
    const sentences = true;
    return {
      group: g.group,
      code: g.code,
      isReference: i === 0,
      baseline: figuresOf(g, before),
      followUp: figuresOf(g, after),
      change,
      changeVerdict: changeHidden ? ChangeVerdict.SUPPRESSED : upper<ChangeVerdict>(trend.changeVerdict),
      gapBefore: gap && gapOf(gap.gapBefore, gapHidden[0]),
      gapAfter: gap && gapOf(gap.gapAfter, gapHidden[1]),
      gapChange: gap && mask(gapHidden[0] || gapHidden[1], toEstimate(gap.gapChange)),
      gapVerdict: verdict,
      narrowedBeyondChance: verdict === GapVerdict.NARROWED,
      suppressed: hidden[0] || hidden[1] || (gap !== null && (refHidden[0] || refHidden[1])),
      changeSentence: sentences && change.available ? describeGroupChange(analysis, g.group, sentenceOptions) : null,
      gapSentence: sentences && verdict && verdict !== GapVerdict.SUPPRESSED && verdict !== GapVerdict.NO_DATA ? describeGapChange(analysis, g.group, sentenceOptions) : null,
    };
  });
  return done({ baselinePeriod: before, followUpPeriod: after, groups: rows, sentences: rows.flatMap((r) => (r.gapSentence ? [r.gapSentence] : [])) });
}

/** "Sepsis screening" reads "sepsis screening" mid-sentence; "NEWS2 completion" stays as it is. */
function lowerFirst(name: string): string {
  return /^[A-Z][a-z]/.test(name) ? name.charAt(0).toLowerCase() + name.slice(1) : name;
}
