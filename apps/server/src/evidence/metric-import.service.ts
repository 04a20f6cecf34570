import type { Context } from '../common/context.js';
import { apiError, badInput, notFound } from '../common/errors.js';
import { authorizeEvidenceWrite } from './evidence.policy.js';
import { columnOfKey, FileUnreadable, formatOf, headerRowOf, mapRows, readGrid, suggestMapping, type ColumnMapping, type FileProblem, type Grid } from './metric-file.js';
import type { ImportValuesFileInput, PreviewValuesFileInput, ValuesFilePreviewPayload } from './metric-import.types.js';
import { checkRows } from './metric-values.parse.js';
import { Metric } from './metric.entity.js';
import { writeValues } from './metric.service.js';

/** The metric, if the viewer may change its values (only those who see every value: disclosure control). */
async function metricToImportInto(ctx: Context, metricId: string): Promise<Metric> {
  const metric = await ctx.em.findOne(Metric, { id: metricId });
  if (!metric) throw notFound('Metric');
  await authorizeEvidenceWrite(ctx, metric.entry.id, 'evidence.values', 'Metric');
  return metric;
}

/** The file's bytes from base64, read into a grid with its header row, or BAD_USER_INPUT on input.file. */
async function gridOf(metric: Metric, input: PreviewValuesFileInput) {
  const text = input.file.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text) || text.length % 4 === 1) throw badInput('input.file', 'The file must be sent base64-encoded.');
  const bytes = Buffer.from(text, 'base64');
  let grid: Grid;
  try {
    grid = await readGrid(bytes, formatOf(bytes, input.fileName, input.format));
  } catch (error) {
    if (error instanceof FileUnreadable) throw badInput('input.file', error.message);
    throw error;
  }
  const header = headerRowOf(grid, metric.kind);
  if (!header) throw badInput('input.file', 'No header row found: the file needs a row naming its columns (e.g. Period, Ethnicity, Numerator, Denominator) above the values.');
  return { grid, header };
}

export async function previewValuesFile(ctx: Context, input: PreviewValuesFileInput): Promise<ValuesFilePreviewPayload> {
  const metric = await metricToImportInto(ctx, input.metricId);
  const { grid, header } = await gridOf(metric, input);
  const headers = header.cells.map((h) => h.trim());
  const data = grid.rows.filter((r) => r.row > header.row && r.cells.some((c) => c.trim()));
  const suggested = suggestMapping(headers, metric.kind);
  return {
    format: grid.format,
    delimiter: grid.delimiter,
    headerRow: header.row,
    headers,
    suggestedMapping: { period: null, ethnicity: null, ageBand: null, numerator: null, denominator: null, mean: null, sd: null, n: null, ...suggested },
    sampleRows: data.slice(0, 5).map((r) => headers.map((_, i) => r.cells[i] ?? '')),
    rowCount: data.length,
  };
}

/** Every problem of the file at once, each with its row and column: nothing is imported. */
function refuse(problems: FileProblem[]): never {
  const rows = new Set(problems.map((p) => p.row)).size;
  throw apiError(
    'BAD_USER_INPUT',
    `The file has problems on ${rows === 1 ? '1 row' : `${rows} rows`}; nothing was imported. ${problems[0].row ? `Row ${problems[0].row}: ` : ''}${problems[0].reason} See extensions.problems for each row, column and reason.`,
    { field: 'input.file', problems },
  );
}

export async function importValuesFile(ctx: Context, input: ImportValuesFileInput) {
  const metric = await metricToImportInto(ctx, input.metricId);
  const { grid, header } = await gridOf(metric, input);
  const mapping: ColumnMapping = { ...input.mapping };
  const mapped = mapRows(grid, header, metric.kind, mapping);
  const checked = checkRows(metric.kind, mapped.raws, (at) => `on row ${at}`);
  const problems = [...mapped.problems, ...checked.problems.map((p) => ({ row: p.at, column: columnOfKey(p.key, mapping), reason: p.reason }))].sort((a, b) => a.row - b.row);
  if (problems.length) refuse(problems);
  if (checked.rows.length === 0) refuse([{ row: header.row, column: '', reason: 'No row under the header has figures to import.' }]);
  return { metric: await writeValues(ctx, metric, checked.rows, input.replace, 'IMPORTED'), written: checked.rows.length, skipped: mapped.skipped };
}
