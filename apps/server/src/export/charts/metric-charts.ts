import { MetricKind } from '../../evidence/evidence.enums.js';
import type { Estimate, GroupFigures, MetricAnalysis } from '../../evidence/evidence.types.js';
import { WITHHELD, type ExportChart } from '../export.model.js';
import { beforeAfterSvg, formatChartNumber, gapOverTimeSvg, type ChartValue } from './chart-svg.js';
import { spcSvg } from './spc-svg.js';

/** What the charts need to know about a metric's scale. */
export interface ChartScale {
  name: string;
  kind: MetricKind;
  ratePer?: number | null;
  unit?: string | null;
  suppressionThreshold: number;
}

const scaled = (scale: ChartScale, v: number) => (scale.kind === MetricKind.PROPORTION ? v * 100 : scale.kind === MetricKind.RATE ? v * (scale.ratePer ?? 1000) : v);
const perN = (scale: ChartScale) => `per ${(scale.ratePer ?? 1000).toLocaleString('en-GB')}`;

function unitOf(scale: ChartScale, difference: boolean): string {
  if (scale.kind === MetricKind.PROPORTION) return difference ? ' percentage points' : '%';
  if (scale.kind === MetricKind.RATE) return ` ${perN(scale)}`;
  return scale.unit ? ` ${scale.unit}` : '';
}

/** The word a suppressed figure gets in exports, the same for primary and secondary suppression (export.model.ts): never a number. */
export const suppressedWords = () => WITHHELD;

/** A figure for the chart: suppressed figures lose their number here, before any drawing. */
function chartValue(scale: ChartScale, e: Estimate | null | undefined, suppressed: boolean): ChartValue {
  if (suppressed) return { kind: 'suppressed' };
  if (!e || !e.available || e.estimate === null) return { kind: 'missing' };
  const bound = (v: number | null) => (v === null ? null : scaled(scale, v));
  return { kind: 'value', value: scaled(scale, e.estimate), lower: bound(e.lower), upper: bound(e.upper) };
}

/** "12.3% (95% CI 10.1 to 14.8)" for the tables beside the charts, at the analysis's level. */
function cell(scale: ChartScale, v: ChartValue, difference = false, level = '95%'): string {
  if (v.kind === 'suppressed') return suppressedWords();
  if (v.kind === 'missing') return 'no data';
  const point = `${formatChartNumber(v.value, difference)}${unitOf(scale, difference)}`;
  return v.lower === null || v.upper === null ? point : `${point} (${level} CI ${formatChartNumber(v.lower, difference)} to ${formatChartNumber(v.upper, difference)})`;
}

const short = (scale: ChartScale, v: ChartValue, difference = false) =>
  v.kind === 'value' ? `${formatChartNumber(v.value, difference)}${unitOf(scale, difference)}` : v.kind === 'suppressed' ? WITHHELD : 'no data';

function axisLabel(scale: ChartScale): string {
  if (scale.kind === MetricKind.PROPORTION) return 'Per cent';
  if (scale.kind === MetricKind.RATE) return `Rate ${perN(scale)}`;
  return scale.unit ? `Mean (${scale.unit})` : 'Mean';
}

/**
 * The charts of one metric for an export: before and after by group, and, with three or more
 * periods, the gap with the reference group over time. `analysis` must already be suppressed
 * (as exports always are); a group's figures marked suppressed are drawn as the word only.
 */
export function metricCharts(scale: ChartScale, analysis: MetricAnalysis, idPrefix: string): ExportChart[] {
  const charts: ExportChart[] = [];
  // The analysis's own level: a 99.8% metric's intervals are not called 95% ones.
  const level = `${+((analysis.confidence ?? 0.95) * 100).toFixed(1)}%`;
  if (analysis.groups.length) {
    const before = analysis.baselinePeriod ?? 'Baseline';
    const after = analysis.followUpPeriod ?? 'Follow-up';
    const valueOf = (f: GroupFigures) => chartValue(scale, f.value, f.suppressed);
    const groups = analysis.groups.map((g) => ({ group: g.group, before: valueOf(g.baseline), after: valueOf(g.followUp) }));
    const title = `${scale.name}: ${before} and ${after} by ethnic group`;
    const summary = groups.map((g) => `${g.group}: ${short(scale, g.before)} at ${before}, ${short(scale, g.after)} at ${after}`).join('; ');
    const description = `Bar chart. ${summary}. Hatched bars are ${before}, solid bars ${after}; lines show ${level} confidence intervals.`;
    const svg = beforeAfterSvg({
      idPrefix: `${idPrefix}-before-after`,
      title,
      description,
      axisLabel: axisLabel(scale),
      beforeLabel: `${before} (baseline)`,
      afterLabel: `${after} (follow-up)`,
      valueSuffix: scale.kind === MetricKind.PROPORTION ? '%' : '',
      level,
      groups,
    });
    const table = { header: ['Ethnic group', before, after], rows: groups.map((g) => [g.group, cell(scale, g.before, false, level), cell(scale, g.after, false, level)]) };
    charts.push({ title, description, svg, table });
  }

  const series = analysis.timeSeries;
  const names = [...new Set(series.flatMap((p) => p.groups.filter((g) => !g.isReference && g.gapToReference).map((g) => g.group)))];
  if (series.length >= 3 && names.length) {
    const points = (group: string) =>
      series.map((p) => {
        const g = p.groups.find((x) => x.group === group);
        const ref = p.groups.find((x) => x.isReference);
        return chartValue(scale, g?.gapToReference, Boolean(g?.figures.suppressed || (g && ref?.figures.suppressed)));
      });
    const lines = names.map((group) => ({ group, points: points(group) }));
    const title = `${scale.name}: gap with ${analysis.referenceGroup} over time`;
    const summary = lines
      .map(({ group, points: p }) => {
        const shown = p.filter((v) => v.kind === 'value');
        const hidden = series.filter((_, i) => p[i].kind === 'suppressed').map((s) => s.period);
        const trend = shown.length ? `from ${short(scale, shown[0], true)} to ${short(scale, shown.at(-1)!, true)}` : 'no figures';
        return `${group}: ${trend}${hidden.length ? ` (${WITHHELD} at ${hidden.join(', ')})` : ''}`;
      })
      .join('; ');
    const description = `Line chart of each group minus ${analysis.referenceGroup}, by period. ${summary}.`;
    const svg = gapOverTimeSvg({
      idPrefix: `${idPrefix}-gap`,
      title,
      description,
      axisLabel: `Gap with ${analysis.referenceGroup}${unitOf(scale, true).replace(/^ /, ', ')}`,
      periods: series.map((p) => p.period),
      series: lines,
    });
    const table = { header: ['Period', ...names], rows: series.map((p, i) => [p.period, ...lines.map((l) => cell(scale, l.points[i], true, level))]) };
    charts.push({ title, description, svg, table });
  }

  // Making Data Count's SPC charts: all people, and each group with a signal (the charts behind the sentences that claim one).
  // A chart withheld for a suppressed figure is not drawn.
  const drawn = analysis.spc.filter((c) => c.available && c.points.length >= 3 && (c.isOverall || c.signals.length > 0));
  drawn.forEach((spc, i) => {
    const kind = spc.type === 'P' ? 'p-chart' : 'XmR chart';
    const title = `${scale.name}: SPC ${kind}, ${spc.isOverall ? 'all people' : spc.group}`;
    const v = (x: number) => scaled(scale, x);
    const words = { COMMON_CAUSE: 'common cause', SPECIAL_CAUSE_IMPROVING: 'special cause, improving', SPECIAL_CAUSE_CONCERNING: 'special cause, concerning' } as const;
    const svg = spcSvg({
      idPrefix: `${idPrefix}-spc${i === 0 ? '' : `-${i}`}`,
      title,
      description: spc.description,
      axisLabel: axisLabel(scale),
      target: spc.target === null ? null : v(spc.target),
      points: spc.points.map((p) => ({ period: p.period, value: v(p.value), mean: v(p.mean), upper: v(p.upperLimit), lower: v(p.lowerLimit), recalculated: p.recalculated, variation: p.variation })),
    });
    const fmt = (x: number) => `${formatChartNumber(v(x))}${unitOf(scale, false)}`;
    const table = {
      header: ['Period', 'Value', 'Mean', 'Lower limit', 'Upper limit', 'Variation'],
      rows: spc.points.map((p) => [`${p.period}${p.recalculated ? ' (limits recalculated)' : ''}`, fmt(p.value), fmt(p.mean), fmt(p.lowerLimit), fmt(p.upperLimit), words[p.variation]]),
    };
    charts.push({ title, description: spc.description, svg, table });
  });
  return charts;
}
