import { UNSUPPRESSED_ROLES } from '@quorum/domain';
import type { Context } from '../common/context.js';
import { notFound } from '../common/errors.js';
import { canonicalId } from '../common/ids.js';
import { authorizeEntry } from '../policy/entry.policy.js';
import { GroupLevel, MetricKind } from './evidence.enums.js';
import type { Estimate, GroupFigures, MetricAnalysis } from './evidence.types.js';
import { Metric } from './metric.entity.js';
import { metricAnalysis, valueViews } from './metric.service.js';

/**
 * Data out: a metric's analysis as a file to check in Excel, R or Stata. One tidy table (a
 * row per record, the same columns throughout, its kind in `table`), as CSV, or as an XLSX
 * workbook with a sheet per kind. Every entered value with its suppression mark, every
 * group's figures and interval per period, the baseline to follow-up changes and gaps with
 * their intervals, data quality flags, SPC signals, notes and sentences. Suppression as the
 * person downloading sees it: figures hidden from them are blank and marked.
 */

export type AnalysisFileFormat = 'csv' | 'xlsx';

/** The table's columns, in order. */
export const COLUMNS = [
  'table',
  'period',
  'level',
  'group',
  'ethnic_code',
  'numerator',
  'denominator',
  'mean',
  'sd',
  'n',
  'estimate',
  'lower',
  'upper',
  'gap_to_reference',
  'gap_lower',
  'gap_upper',
  'suppression',
  'text',
  // Last, so that columns read before age bands keep their places.
  'age_band',
] as const;
type Column = (typeof COLUMNS)[number];
type Row = Partial<Record<Column, string | number | null>>;

const figureColumns = (f: Pick<GroupFigures, 'numerator' | 'denominator' | 'mean' | 'sd' | 'n'>): Row => ({ numerator: f.numerator, denominator: f.denominator, mean: f.mean, sd: f.sd, n: f.n });
const interval = (e: Estimate | null | undefined): Row => (e?.available ? { estimate: e.estimate, lower: e.lower, upper: e.upper } : { text: e?.reason ?? null });
const gap = (e: Estimate | null | undefined): Row => (e?.available ? { gap_to_reference: e.estimate, gap_lower: e.lower, gap_upper: e.upper } : {});

export interface AnalysisFile {
  filename: string;
  mediaType: string;
  body: Buffer;
}

/** The rows of the file, in the order tables are written. */
export function analysisRows(metric: Metric, analysis: MetricAnalysis, values: ReturnType<typeof valueViews>): Row[] {
  const rows: Row[] = [];
  const kindNote = metric.kind === MetricKind.RATE ? `per ${metric.ratePer ?? 1000}` : metric.kind === MetricKind.PROPORTION ? 'proportion (0 to 1)' : `mean${metric.unit ? ` (${metric.unit})` : ''}`;
  rows.push({ table: 'metric', text: `${metric.name}: ${metric.definition}` });
  rows.push({
    table: 'metric',
    text: `Kind: ${metric.kind} (estimates as a ${kindNote}); ${metric.direction === 'HIGHER_IS_BETTER' ? 'higher is better' : 'lower is better'}; population: ${metric.population}.`,
  });
  rows.push({
    table: 'metric',
    text: `Suppression: counts below ${metric.suppressionThreshold} are hidden (PRIMARY), with cells that would reveal one through a total (SECONDARY); anyone who may not see every value sees both as WITHHELD.`,
  });
  for (const v of values) {
    rows.push({ table: 'value', period: v.period, level: 'ETHNIC_CATEGORY', group: v.ethnicCategory, ethnic_code: v.ethnicCode, age_band: v.ageBand, ...figureColumns(v), suppression: v.suppressed });
  }
  // Directly age-standardised rates (values by age band): events and population in `numerator` and `denominator`.
  for (const r of analysis.standardisedRates ?? []) {
    rows.push({
      table: 'standardised',
      period: r.period,
      level: analysis.level,
      group: r.group,
      ethnic_code: r.code,
      numerator: r.events,
      denominator: r.population,
      ...interval(r.value),
      suppression: r.suppressed ? 'WITHHELD' : null,
    });
  }
  for (const period of analysis.timeSeries ?? []) {
    for (const g of period.groups) {
      rows.push({
        table: 'series',
        period: period.period,
        level: analysis.level,
        group: g.group,
        ethnic_code: g.code,
        ...figureColumns(g.figures),
        ...interval(g.figures.value),
        ...gap(g.gapToReference),
        suppression: g.figures.suppressed ? 'WITHHELD' : null,
      });
    }
  }
  for (const g of analysis.groups ?? []) {
    const span = `${analysis.baselinePeriod} to ${analysis.followUpPeriod}`;
    rows.push({
      table: 'change',
      period: span,
      level: analysis.level,
      group: g.group,
      ethnic_code: g.code,
      ...interval(g.change),
      ...gap(g.gapChange),
      suppression: g.suppressed ? 'WITHHELD' : null,
      text: g.changeSentence,
    });
    if (g.gapBefore)
      rows.push({ table: 'gap', period: analysis.baselinePeriod, level: analysis.level, group: g.group, ethnic_code: g.code, ...gap(g.gapBefore.difference), text: g.gapBefore.position });
    if (g.gapAfter)
      rows.push({
        table: 'gap',
        period: analysis.followUpPeriod,
        level: analysis.level,
        group: g.group,
        ethnic_code: g.code,
        ...gap(g.gapAfter.difference),
        text: g.gapSentence ?? g.gapAfter.position,
      });
  }
  for (const flag of analysis.dataQuality?.flags ?? []) rows.push({ table: 'flag', period: flag.period, group: flag.group, text: `${flag.kind}: ${flag.message}` });
  for (const chart of analysis.spc ?? []) for (const signal of chart.signals ?? []) rows.push({ table: 'flag', group: chart.group, text: `SPC: ${signal}` });
  for (const note of analysis.notes ?? []) rows.push({ table: 'note', text: note });
  for (const sentence of analysis.sentences ?? []) rows.push({ table: 'sentence', text: sentence });
  return rows;
}

/** A file name that keeps the metric's whole name (no cut mid-word) and the date. */
function fileName(metric: Metric, format: AnalysisFileFormat): string {
  const slug =
    metric.name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'metric';
  return `${slug}-analysis-${new Date().toISOString().slice(0, 10)}.${format}`;
}

/** A CSV field: quoted when it holds a comma, quote or line break (RFC 4180); a text starting with = + - @ is prefixed with ' so that a spreadsheet does not run it as a formula. */
function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The CSV text: a header and a row per record; numbers as JavaScript writes them (full precision). */
export function toCsv(rows: Row[]): string {
  return [COLUMNS.join(','), ...rows.map((r) => COLUMNS.map((c) => csvField(r[c])).join(','))].join('\r\n') + '\r\n';
}

export async function toXlsx(metric: Metric, rows: Row[]): Promise<Buffer> {
  // Loaded on first use, as in metric-file.ts.
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  workbook.creator = 'Quorum';
  const tables = [...new Set(rows.map((r) => r.table as string))];
  for (const table of tables) {
    const sheet = workbook.addWorksheet(table.charAt(0).toUpperCase() + table.slice(1));
    sheet.addRow([...COLUMNS]);
    sheet.getRow(1).font = { bold: true };
    for (const row of rows.filter((r) => r.table === table)) sheet.addRow(COLUMNS.map((c) => row[c] ?? null));
    sheet.views = [{ state: 'frozen', ySplit: 1 }];
  }
  workbook.title = metric.name;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * The analysis file of a metric for the person asking: any member may download it (NOT_FOUND
 * otherwise), with values hidden from them blank and marked, as the API shows them.
 */
export async function analysisFile(ctx: Context, rawMetricId: string, format: AnalysisFileFormat): Promise<AnalysisFile> {
  const metricId = canonicalId(rawMetricId);
  if (!metricId) throw notFound('Metric');
  const metric = await ctx.em.findOne(Metric, { id: metricId });
  if (!metric) throw notFound('Metric');
  await authorizeEntry(ctx, metric.entry.id, 'entry.read', 'Metric');
  const membership = await ctx.loaders.viewerMembership.load(metric.entry.id);
  const seesAll = !!membership && UNSUPPRESSED_ROLES.includes(membership.role);
  const cells = await ctx.loaders.valuesOfMetric.load(metric.id);
  const [detailed, groups] = await Promise.all([metricAnalysis(ctx, metric, GroupLevel.ETHNIC_CATEGORY), metricAnalysis(ctx, metric, GroupLevel.ONS_GROUP)]);
  const values = valueViews(metric, cells, !seesAll);
  const rows = [...analysisRows(metric, groups, values), ...analysisRows(metric, detailed, []).filter((r) => ['series', 'standardised', 'change', 'gap'].includes(r.table as string))];
  return format === 'csv'
    ? { filename: fileName(metric, 'csv'), mediaType: 'text/csv; charset=utf-8', body: Buffer.from(`\uFEFF${toCsv(rows)}`, 'utf8') }
    : { filename: fileName(metric, 'xlsx'), mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', body: await toXlsx(metric, rows) };
}
