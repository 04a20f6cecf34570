/**
 * A metric's equity analysis, computed from its values with @quorum/stats: nothing here is
 * new statistics, only choosing groups and periods, rolling codes up to ONS groups, and
 * hiding what small numbers would give away.
 */
import {
  analyseGaps,
  changeVerdict,
  describeGapChange,
  describeGroupChange,
  ETHNIC_CATEGORIES,
  ethnicCategoryLabel,
  gapPosition,
  gapVerdict,
  isInterval,
  meanInterval,
  moverDifference,
  newcombeDifference,
  onsGroupOf,
  welchDifference,
  wilsonInterval,
  Z_95,
  type Direction,
  type EthnicCategoryCode,
  type Gap,
  type GapAnalysis,
  type GroupGap,
  type GroupTrend,
  type IntervalResult,
  type NoData,
} from '@quorum/stats';
import { ChangeVerdict, GapPosition, GapVerdict, GroupLevel, MetricDirection, MetricKind } from './evidence.enums.js';
import type { Estimate, GapEstimate, GroupAnalysis, GroupFigures, MetricAnalysis, MetricPeriod } from './evidence.types.js';
import { withSeries } from './metric.series.js';
import { cellKey, hiddenCells, isSmall, type Figures } from './suppression.js';

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
  ratePer?: number | null;
  unit?: string | null;
  /** SPC: the target (a fraction for proportions and rates) and the periods from which limits are recalculated. */
  target?: number | null;
  recalculationPeriods?: string[] | null;
}

const NOT_STATED = 'Not stated';
/** Short names for sentences ("between Black and White patients"). */
const SHORT_NAMES: Record<string, string> = {
  'Mixed or Multiple ethnic groups': 'Mixed',
  'Asian or Asian British': 'Asian',
  'Black, Black British, Caribbean or African': 'Black',
  'Other ethnic group': 'Other',
};
const noData = (reason: string): NoData => ({ kind: 'no-data', reason });

/** Natural order, so that "2023-Q2" comes before "2023-Q10" and "Baseline" before "Follow-up". */
export function comparePeriods(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}

/**
 * Periods in natural order, except that a metric's chosen baseline comes first and its
 * follow-up last: names such as "Pre-intervention" and "Post-intervention" sort the other way.
 */
export function orderPeriods(periods: Iterable<string>, ends: { baselinePeriod?: string | null; followUpPeriod?: string | null } = {}): string[] {
  const natural = [...new Set(periods)].sort(comparePeriods);
  const { baselinePeriod: first, followUpPeriod: last } = ends;
  const middle = natural.filter((p) => p !== first && p !== last);
  return [...(first && natural.includes(first) ? [first] : []), ...middle, ...(last && last !== first && natural.includes(last) ? [last] : [])];
}

/**
 * A baseline dated after its follow-up ("2024" before "2022"). Only periods that start with a
 * year can be told apart this way: names such as "Pre-intervention" and "Post-intervention"
 * sort the other way round and are still right.
 */
export function datedAfter(baseline: string, followUp: string): boolean {
  const dated = /^\d{4}/;
  return dated.test(baseline) && dated.test(followUp) && comparePeriods(baseline, followUp) > 0;
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

const counts = (c?: Figures) => ({ numerator: c?.numerator ?? 0, denominator: c?.denominator ?? 0 });
const summary = (c?: Figures) => ({ mean: c?.mean ?? 0, sd: c?.sd ?? 0, n: c?.n ?? 0 });

/** One group's value at one period (Wilson for counts, normal interval for a mean). */
function valueOf(kind: MetricKind, cell?: Figures): IntervalResult {
  if (!cell) return noData('No values for this group at this period.');
  if (kind === MetricKind.MEAN) return meanInterval(summary(cell));
  return wilsonInterval(cell.numerator ?? 0, cell.denominator ?? 0);
}

/** Group minus reference at one period (Newcombe for counts, Welch for means). */
function differenceOf(kind: MetricKind, a?: Figures, b?: Figures): IntervalResult {
  if (kind === MetricKind.MEAN) return welchDifference(summary(a), summary(b));
  return newcombeDifference(counts(a).numerator, counts(a).denominator, counts(b).numerator, counts(b).denominator);
}

interface GroupCells {
  group: string;
  code: EthnicCategoryCode | null;
  byPeriod: Map<string, Figures>;
}

/**
 * Means, shaped like `analyseGaps`' result and judged by the same verdicts: Welch intervals
 * for changes and gaps, MOVER for the change in a gap. Ratios are not given for means.
 */
function analyseMeanGaps(direction: Direction, reference: GroupCells, others: GroupCells[], before: string, after: string): GapAnalysis {
  const trend = (g: GroupCells) => {
    const change = welchDifference(summary(g.byPeriod.get(after)), summary(g.byPeriod.get(before)));
    return {
      group: g.group,
      baseline: valueOf(MetricKind.MEAN, g.byPeriod.get(before)),
      followUp: valueOf(MetricKind.MEAN, g.byPeriod.get(after)),
      change,
      changeVerdict: changeVerdict(change, direction),
    };
  };
  const gap = (g: GroupCells, period: string): Gap => {
    const difference = differenceOf(MetricKind.MEAN, g.byPeriod.get(period), reference.byPeriod.get(period));
    return { difference, ratio: noData('Ratios are given for proportions and rates only.'), position: gapPosition(difference, direction) };
  };
  const groups = others.map((g) => {
    const [gapBefore, gapAfter] = [gap(g, before), gap(g, after)];
    const gapChange = moverDifference(gapAfter.difference, gapBefore.difference);
    return { ...trend(g), gapBefore, gapAfter, gapChange, gapVerdict: gapVerdict(gapBefore.difference, gapAfter.difference, gapChange) };
  });
  return { direction, z: Z_95, reference: trend(reference), groups };
}

const upper = <T extends string>(value: string) => value.toUpperCase().replace(/-/g, '_') as T;

/**
 * Who reads the analysis: a member in the app, from whose role small numbers are hidden, or an
 * export for judges, where suppression applies to everyone and is worded neutrally.
 */
export type AnalysisAudience = 'member' | 'export';

export function analyseMetric(metric: MetricSettings, cells: Cell[], level: GroupLevel, suppress: boolean, audience: AnalysisAudience = 'member'): MetricAnalysis {
  const { kind, suppressionThreshold: threshold } = metric;
  const groupOf = (code: EthnicCategoryCode) => (level === GroupLevel.ONS_GROUP ? onsGroupOf(code) : ethnicCategoryLabel(code));
  const referenceGroup = groupOf(metric.referenceCode);
  const periods = orderPeriods(
    cells.map((c) => c.period),
    metric,
  );
  const notes: string[] = [];
  const empty: MetricAnalysis = {
    level,
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
    sentences: [],
    notes,
    overall: [],
    spc: [],
    dataQuality: { notStated: [], flags: [] },
  };
  if (cells.length === 0) return { ...empty, message: 'No values have been entered for this metric yet.' };

  // Groups in Data Dictionary order, reference first; each with its (rolled-up) cells per period.
  const ordered = [...cells].sort((a, b) => ETHNIC_CATEGORIES.findIndex((c) => c.code === a.ethnicCode) - ETHNIC_CATEGORIES.findIndex((c) => c.code === b.ethnicCode));
  const parts = new Map<string, { code: EthnicCategoryCode; byPeriod: Map<string, Cell[]> }>();
  for (const cell of ordered) {
    const name = groupOf(cell.ethnicCode);
    const part = parts.get(name) ?? { code: cell.ethnicCode, byPeriod: new Map() };
    part.byPeriod.set(cell.period, [...(part.byPeriod.get(cell.period) ?? []), cell]);
    parts.set(name, part);
  }
  const groups: GroupCells[] = [...parts].map(([group, part]) => ({
    group,
    code: level === GroupLevel.ETHNIC_CATEGORY ? part.code : null,
    byPeriod: new Map([...part.byPeriod].map(([period, list]) => [period, combine(kind, list)])),
  }));
  const reference: GroupCells = groups.find((g) => g.group === referenceGroup) ?? {
    group: referenceGroup,
    code: level === GroupLevel.ETHNIC_CATEGORY ? metric.referenceCode : null,
    byPeriod: new Map(),
  };
  const compared = groups.filter((g) => g !== reference && g.group !== NOT_STATED);
  if (groups.some((g) => g.group === NOT_STATED)) notes.push('Not stated (code Z) is shown by period but not compared with the reference group.');

  // Disclosure control: entered cells at the detailed level, rolled-up cells at the ONS level.
  const hiddenEntered = suppress ? hiddenCells(kind, cells, threshold) : new Set<string>();
  const isHidden = (g: GroupCells, period: string) => {
    if (!suppress || !g.byPeriod.has(period)) return false;
    return level === GroupLevel.ETHNIC_CATEGORY ? hiddenEntered.has(cellKey(period, g.code!)) : isSmall(kind, g.byPeriod.get(period)!, threshold);
  };
  const hiddenReason =
    audience === 'export'
      ? `Suppressed: it rests on a count below ${threshold} (NHS small-number disclosure control).`
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
      value: mask(hide, toEstimate(valueOf(kind, cell))),
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
        gapToReference: compared.includes(g) ? mask(isHidden(g, period) || isHidden(reference, period), toEstimate(differenceOf(kind, g.byPeriod.get(period), reference.byPeriod.get(period)))) : null,
      })),
  }));

  // Baseline and follow-up: the chosen periods if they have values, else the first and last.
  const pick = (chosen: string | null | undefined, fallback: string, what: string) => {
    if (chosen && !periods.includes(chosen)) notes.push(`The ${what} period “${chosen}” has no values, so ${fallback} is used instead.`);
    return chosen && periods.includes(chosen) ? chosen : fallback;
  };
  const before = pick(metric.baselinePeriod, periods[0], 'baseline');
  const after = pick(metric.followUpPeriod, periods.at(-1)!, 'follow-up');
  const done = (result: Partial<MetricAnalysis>): MetricAnalysis => {
    if (suppressionApplied)
      notes.push(
        audience === 'export'
          ? `Figures resting on a count below ${threshold} are suppressed (NHS small-number disclosure control).`
          : `Figures resting on numbers below ${threshold} are hidden from your role (disclosure control); analysts see them.`,
      );
    const shown = (hide: boolean, value: number | null | undefined) => (hide ? null : (value ?? null));
    // The whole series, SPC charts and data quality (metric.series.ts), fed with this analysis's groups and hiding.
    return withSeries(
      { ...empty, hasData: true, timeSeries, suppressionApplied, ...result },
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
          value: hide ? hiddenEstimate : toEstimate(valueOf(kind, cell)),
          suppressed: hide,
        }),
        shortName: (group) => SHORT_NAMES[group] ?? group,
        lowerFirst,
      },
    );
  };
  if (periods.length < 2) return done({ message: `Values for at least two periods are needed to show a change; there are values for ${periods[0]} only.` });
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
  const analysis =
    kind === MetricKind.MEAN
      ? analyseMeanGaps(direction, reference, compared, before, after)
      : analyseGaps({
          direction,
          referenceGroup,
          groups: [reference, ...compared].map((g) => ({ group: g.group, baseline: counts(g.byPeriod.get(before)), followUp: counts(g.byPeriod.get(after)) })),
        });

  const refHidden = [isHidden(reference, before), isHidden(reference, after)];
  const sentenceOptions = { metric: lowerFirst(metric.name), population: metric.population, labels: SHORT_NAMES };
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
    const sentences = kind === MetricKind.PROPORTION;
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
  if (kind !== MetricKind.PROPORTION) notes.push('Ready-made sentences are written for proportions; for rates and means, quote the figures from the table.');
  return done({ baselinePeriod: before, followUpPeriod: after, groups: rows, sentences: rows.flatMap((r) => (r.gapSentence ? [r.gapSentence] : [])) });
}

/** "Sepsis screening" reads "sepsis screening" mid-sentence; "NEWS2 completion" stays as it is. */
function lowerFirst(name: string): string {
  return /^[A-Z][a-z]/.test(name) ? name.charAt(0).toLowerCase() + name.slice(1) : name;
}
