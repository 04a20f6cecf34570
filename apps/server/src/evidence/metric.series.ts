/**
 * The whole series of a metric, beside the baseline-and-follow-up comparison: all people at
 * every period, the run and SPC charts of Making Data Count (all people and each group), and
 * the data quality of ethnicity recording (Not stated share, groups whose make-up changed).
 * The statistics are @quorum/stats'; here they are fed, hidden where small numbers would give
 * something away, and their sentences joined to the analysis's.
 */
import {
  describeSpc,
  ethnicCategoryLabel,
  makeUpChanges,
  notStatedShares,
  pChart,
  runChart,
  runChartSignals,
  spcSignals,
  xmrChart,
  type Direction,
  type EthnicCategoryCode,
  type MakeUpChange,
  type SpcChart as StatsChart,
  type SpcResult,
  type SpcSide as StatsSide,
} from '@quorum/stats';
import { ChangeVerdict, GroupLevel, MetricDirection, MetricKind } from './evidence.enums.js';
import type { GroupFigures, MetricAnalysis } from './evidence.types.js';
import { DataQualityKind, SpcAssurance, SpcChartType, SpcSide, SpcVariation } from './metric-series.enums.js';
import type { DataQuality, DataQualityFlag, SpcChart, SpcPoint } from './metric-series.types.js';
import type { Figures } from './suppression.js';

export const ALL_PEOPLE = 'All people';

type Cell = Figures & { period: string; ethnicCode: EthnicCategoryCode };

/** A group's figures per period, as the analysis rolled them up. */
export interface SeriesGroup {
  group: string;
  byPeriod: Map<string, Figures>;
}

export interface SeriesSettings {
  name: string;
  kind: MetricKind;
  direction: MetricDirection;
  population: string;
  ratePer?: number | null;
  unit?: string | null;
  target?: number | null;
  recalculationPeriods?: string[] | null;
}

export interface SeriesInput {
  metric: SeriesSettings;
  cells: Cell[];
  level: GroupLevel;
  /** Whether small numbers are hidden from whoever reads this. */
  suppress: boolean;
  /** Periods in order. */
  periods: string[];
  /** Every group, Not stated included; the reference group among them (or not, without values). */
  groups: SeriesGroup[];
  reference: SeriesGroup;
  isHidden: (g: SeriesGroup, period: string) => boolean;
  /** Entered cells hidden from the reader (cellKey of period and code). */
  hiddenEntered: Set<string>;
  cellKey: (period: string, code: string) => string;
  combine: (cells: Figures[]) => Figures;
  /** A group's figures at one period, as the analysis shows them (hidden when they must be). */
  figures: (cell: Figures | undefined, period: string, hide: boolean) => GroupFigures;
  /** Name of a group as it reads in a sentence, e.g. "Black". */
  shortName: (group: string) => string;
  lowerFirst: (name: string) => string;
}

const NOT_STATED = 'Not stated';
const SIDE = { high: SpcSide.HIGH, low: SpcSide.LOW } as const;
const side = (s: StatsSide | null) => (s ? SIDE[s] : null);
const VARIATION = {
  'common-cause': SpcVariation.COMMON_CAUSE,
  'special-cause-improving': SpcVariation.SPECIAL_CAUSE_IMPROVING,
  'special-cause-concerning': SpcVariation.SPECIAL_CAUSE_CONCERNING,
} as const;
const ASSURANCE = {
  'consistently-hit': SpcAssurance.CONSISTENTLY_HIT,
  'consistently-missed': SpcAssurance.CONSISTENTLY_MISSED,
  'hit-and-miss': SpcAssurance.HIT_AND_MISS,
  none: SpcAssurance.NO_TARGET,
} as const;
const VARIATION_WORDS = {
  'common-cause': 'common cause variation',
  'special-cause-improving': 'special cause variation, improving',
  'special-cause-concerning': 'special cause variation, concerning',
} as const;
const ASSURANCE_WORDS = {
  'consistently-hit': 'the target is consistently hit',
  'consistently-missed': 'the target is consistently missed',
  'hit-and-miss': 'the target is hit and missed at random',
  none: 'no target is set',
} as const;

const pct = (v: number) => `${(v * 100).toFixed(1)}%`;

/** A value as it reads: "62.3%", "4.1 per 1,000" or "38.2 minutes". */
function formatValue(metric: SeriesSettings, v: number): string {
  if (metric.kind === MetricKind.PROPORTION) return pct(v);
  if (metric.kind === MetricKind.RATE) return `${(v * (metric.ratePer ?? 1000)).toFixed(1)} per ${(metric.ratePer ?? 1000).toLocaleString('en-GB')}`;
  return `${v.toFixed(1)}${metric.unit ? ` ${metric.unit}` : ''}`;
}

/** The series' chart: a p-chart for proportions, XmR for rates and means; periods without a value are left out. */
function chartOf(metric: SeriesSettings, periods: string[], byPeriod: Map<string, Figures>): SpcResult {
  const direction: Direction = metric.direction === MetricDirection.HIGHER_IS_BETTER ? 'higher-is-better' : 'lower-is-better';
  const options = { direction, target: metric.target ?? null, recalculateFrom: metric.recalculationPeriods ?? [] };
  const present = periods.flatMap((period) => {
    const f = byPeriod.get(period);
    return f ? [{ period, f }] : [];
  });
  if (metric.kind === MetricKind.PROPORTION) {
    return pChart(
      present.filter(({ f }) => (f.denominator ?? 0) > 0).map(({ period, f }) => ({ label: period, numerator: f.numerator ?? 0, denominator: f.denominator ?? 0 })),
      options,
    );
  }
  const values = present.flatMap(({ period, f }) => {
    if (metric.kind === MetricKind.MEAN) return (f.n ?? 0) > 0 && f.mean != null ? [{ label: period, value: f.mean }] : [];
    return (f.denominator ?? 0) > 0 ? [{ label: period, value: (f.numerator ?? 0) / (f.denominator ?? 1) }] : [];
  });
  return xmrChart(values, options);
}

function describe(metric: SeriesSettings, chart: StatsChart, subject: string): string {
  const kind = chart.type === 'p' ? 'p-chart' : 'XmR chart';
  const first = chart.points[0];
  const last = chart.points[chart.points.length - 1];
  const signals = spcSignals(chart).map((s) => s.words);
  const recalculated = chart.points.filter((p) => p.recalculated).map((p) => p.label);
  return [
    `SPC ${kind} of ${metric.name} for ${subject}, ${chart.points.length} periods from ${first.label} to ${last.label}.`,
    `Latest value ${formatValue(metric, last.value)}; mean ${formatValue(metric, last.mean)}, process limits ${formatValue(metric, last.lower)} to ${formatValue(metric, last.upper)}.`,
    recalculated.length ? `Limits recalculated from ${recalculated.join(', ')}.` : '',
    signals.length ? `Rules that hold: ${signals.join('; ')}.` : 'No rule holds.',
    `Latest point: ${VARIATION_WORDS[chart.variation]}; ${ASSURANCE_WORDS[chart.assurance]}${chart.target !== null ? ` (target ${formatValue(metric, chart.target)})` : ''}.`,
    chart.provisional ? 'Limits are provisional: fewer than 12 points.' : '',
  ]
    .filter(Boolean)
    .join(' ');
}

/** The run chart of the same values: its median and the run chart rules that hold. */
function runOf(chart: StatsChart): { median: number; runSignals: string[] } {
  const run = runChart(chart.points.map((p) => ({ label: p.label, value: p.value })));
  return { median: run.median, runSignals: runChartSignals(run) };
}

function spcChart(input: SeriesInput, group: SeriesGroup, isOverall: boolean, hidden: boolean, unclear: boolean): SpcChart {
  const { metric } = input;
  const type = metric.kind === MetricKind.PROPORTION ? SpcChartType.P : SpcChartType.XMR;
  const subject = isOverall ? `all ${metric.population}` : `${group.group} ${metric.population}`;
  const none = (reason: string): SpcChart => ({
    group: group.group,
    isOverall,
    available: false,
    reason,
    type,
    points: [],
    variation: null,
    assurance: null,
    target: metric.target ?? null,
    provisional: true,
    signals: [],
    median: null,
    runSignals: [],
    sentence: null,
    description: `No SPC chart of ${metric.name} for ${subject}: ${reason}`,
  });
  // Any hidden period hides the chart: its mean and limits are made of every value.
  if (hidden) return none('Some of its figures rest on small numbers and are hidden, and the mean and limits are made of every figure.');
  // A chart in a guessed order would find trends and runs that are not there.
  if (unclear) return none('The order of the periods is unclear: choose the baseline and follow-up, and the chart follows their order.');
  const result = chartOf(metric, input.periods, group.byPeriod);
  if (result.kind === 'no-data') return none(result.reason);
  const { chart } = result;
  const population = isOverall ? metric.population : `${input.shortName(group.group)} ${metric.population}`;
  return {
    group: group.group,
    isOverall,
    available: true,
    reason: null,
    type,
    points: chart.points.map((p): SpcPoint => ({
      period: p.label,
      value: p.value,
      mean: p.mean,
      upperLimit: p.upper,
      lowerLimit: p.lower,
      upperTwoSigma: p.upperTwoSigma,
      lowerTwoSigma: p.lowerTwoSigma,
      segment: p.segment,
      recalculated: p.recalculated,
      beyondLimits: side(p.beyondLimits),
      shift: side(p.shift),
      trend: side(p.trend),
      twoOfThree: side(p.twoOfThree),
      variation: VARIATION[p.variation],
    })),
    variation: VARIATION[chart.variation],
    assurance: ASSURANCE[chart.assurance],
    target: chart.target,
    provisional: chart.provisional,
    signals: spcSignals(chart).map((s) => s.words),
    ...runOf(chart),
    // Provisional limits make no claim either way: "common cause only" would say too much.
    sentence: chart.provisional ? null : describeSpc(chart, { metric: input.lowerFirst(metric.name), population }),
    description: describe(metric, chart, subject),
  };
}

/** People counted per period and code: denominators, or n for means. */
function sizesByPeriod(kind: MetricKind, cells: Cell[], periods: string[]) {
  return periods.map((period) => ({
    period,
    counts: new Map(cells.filter((c) => c.period === period).map((c) => [c.ethnicCode, (kind === MetricKind.MEAN ? c.n : c.denominator) ?? 0] as const)),
  }));
}

function makeUpWords(change: MakeUpChange, exact: boolean): string {
  const label = (code: EthnicCategoryCode) => ethnicCategoryLabel(code);
  const what = exact
    ? change.shares.map((s) => `${s.label} ${pct(s.before)} → ${pct(s.after)}`).join(', ')
    : change.largestBefore !== change.largestAfter
      ? `mostly ${label(change.largestBefore)} at ${change.before}, mostly ${label(change.largestAfter)} at ${change.after}`
      : `its categories’ shares moved by more than 20 points`;
  return `The ${change.group} group’s make-up changed between ${change.before} and ${change.after} (${what}): its change may reflect who is counted in it rather than a change in care.`;
}

function dataQualityOf(input: SeriesInput, analysis: MetricAnalysis): DataQuality {
  const { metric, cells, periods, suppress, hiddenEntered, cellKey } = input;
  const shares = notStatedShares(sizesByPeriod(metric.kind, cells, periods));
  // Not stated is hidden at a period where its own cell is hidden, or the total would give a hidden group away.
  const hiddenAt = (period: string) => suppress && (hiddenEntered.has(cellKey(period, 'Z')) || cells.some((c) => c.period === period && hiddenEntered.has(cellKey(period, c.ethnicCode))));
  const notStated = shares.map((s) => {
    const hide = hiddenAt(s.period);
    return { period: s.period, share: hide ? null : s.share, notStated: hide ? null : s.notStated, total: hide ? null : s.total, high: s.high, moved: s.moved, suppressed: hide };
  });
  // The flags always show (a bit each, against a fixed threshold); the exact shares only where they are not hidden.
  const flags: DataQualityFlag[] = [];
  // One flag for every period above the threshold: a monthly series would otherwise give one a month.
  const high = notStated.filter((s) => s.high);
  if (high.length) {
    const at = (s: (typeof notStated)[number]) => (s.share !== null ? `${pct(s.share)} at ${s.period}` : s.period);
    const listed = high.length > 6 ? `${high.slice(0, 6).map(at).join(', ')} and ${high.length - 6} more` : high.map(at).join(', ');
    flags.push({
      kind: DataQualityKind.NOT_STATED_HIGH,
      period: high[0].period,
      group: null,
      message: `Ethnicity was not stated or not known for more than 10% of ${metric.population} at ${high.length === 1 ? '1 period' : `${high.length} periods`} (${listed}): the groups compared may not be everyone.`,
    });
  }
  notStated.forEach((s, i) => {
    const exact = s.share !== null;
    if (s.moved) {
      const before = shares[i].share! - shares[i].changeSincePrevious!;
      const move = exact && !notStated[i - 1]?.suppressed ? `moved from ${pct(before)} to ${pct(s.share!)}` : 'moved by more than 5 percentage points';
      flags.push({
        kind: DataQualityKind.NOT_STATED_MOVED,
        period: s.period,
        group: null,
        message: `The share of ${metric.population} with ethnicity not stated ${move} at ${s.period}: every group’s make-up may have changed with it.`,
      });
    }
  });
  const { baselinePeriod: before, followUpPeriod: after } = analysis;
  if (before && after && input.level === GroupLevel.ONS_GROUP) {
    const [b, a] = sizesByPeriod(metric.kind, cells, [before, after]);
    for (const change of makeUpChanges(b, a)) flags.push({ kind: DataQualityKind.GROUP_MAKE_UP_CHANGED, period: after, group: change.group, message: makeUpWords(change, !suppress) });
  }
  return { notStated, flags };
}

/**
 * The analysis with its whole series, SPC charts and data quality added; sentences that the
 * series or the data quality qualify are qualified, and each flag is a note.
 */
export function withSeries(analysis: MetricAnalysis, input: SeriesInput): MetricAnalysis {
  const { periods, groups, suppress } = input;
  // All people together: hidden at a period where any group is, or the total less the groups shown would give it away.
  const anyHidden = (period: string) => suppress && groups.some((g) => input.isHidden(g, period));
  const all: SeriesGroup = {
    group: ALL_PEOPLE,
    byPeriod: new Map(
      periods.flatMap((period) => {
        const here = groups.flatMap((g) => (g.byPeriod.has(period) ? [g.byPeriod.get(period)!] : []));
        return here.length ? [[period, input.combine(here)] as const] : [];
      }),
    ),
  };
  const overall = periods.filter((p) => all.byPeriod.has(p)).map((p) => input.figures(all.byPeriod.get(p), p, anyHidden(p)));
  const charted = [input.reference, ...groups.filter((g) => g !== input.reference && g.group !== NOT_STATED)];
  // The analysis says UNCLEAR when the period labels do not tell which came first.
  const unclear = (analysis as { periodOrder?: string }).periodOrder === 'UNCLEAR';
  const spc = [
    spcChart(input, all, true, periods.some(anyHidden), unclear),
    ...charted.map((g) =>
      spcChart(
        input,
        g,
        false,
        periods.some((p) => input.isHidden(g, p)),
        unclear,
      ),
    ),
  ];
  const dataQuality = dataQualityOf(input, analysis);

  // Sentences: a change the SPC chart does not bear out says so; a group whose make-up changed says that.
  const chartOfGroup = new Map(spc.map((c) => [c.group, c]));
  const caveats = new Map(dataQuality.flags.filter((f) => f.group).map((f) => [f.group!, f.message] as const));
  const replaced = new Map<string, string>();
  const qualify = (sentence: string | null, extra: string[]) => {
    if (!sentence || !extra.length) return sentence;
    const next = [sentence, ...extra].join(' ');
    replaced.set(sentence, next);
    return next;
  };
  const groupsOut = analysis.groups.map((row) => {
    const chart = chartOfGroup.get(row.group);
    const commonOnly = chart?.available && chart.sentence && !chart.points.some((p) => p.variation === SpcVariation.SPECIAL_CAUSE_IMPROVING);
    const spcCaveat =
      row.changeVerdict === ChangeVerdict.IMPROVED && commonOnly
        ? [`Over all ${chart.points.length} periods, though, no Making Data Count rule signals special cause improvement: the SPC chart shows common cause variation.`]
        : [];
    const makeUp = caveats.has(row.group) ? [caveats.get(row.group)!] : [];
    return { ...row, changeSentence: qualify(row.changeSentence, [...spcCaveat, ...makeUp]), gapSentence: qualify(row.gapSentence, makeUp) };
  });
  const spcSentences = spc.filter((c) => c.sentence && (c.isOverall || c.signals.length)).map((c) => c.sentence!);
  // Runs on both sides of one mean are a step change: Making Data Count recalculates the limits from it.
  const stepNotes = spc.flatMap((c) => {
    const stretches = new Set(c.points.map((p) => p.segment));
    return [...stretches].flatMap((segment) => {
      const points = c.points.filter((p) => p.segment === segment);
      const high = points.findIndex((p) => p.shift === SpcSide.HIGH);
      const low = points.findIndex((p) => p.shift === SpcSide.LOW);
      if (high < 0 || low < 0) return [];
      const from = points[Math.max(high, low)].period;
      const subject = c.isOverall ? 'all people' : c.group;
      return [`The SPC chart for ${subject} has runs on both sides of its mean, a step change from about ${from}: if a change was made then, mark it as a recalculation point.`];
    });
  });
  return {
    ...analysis,
    groups: groupsOut,
    sentences: [...analysis.sentences.map((s) => replaced.get(s) ?? s), ...spcSentences],
    notes: [...analysis.notes, ...dataQuality.flags.map((f) => f.message), ...stepNotes],
    overall,
    spc,
    dataQuality,
  };
}
