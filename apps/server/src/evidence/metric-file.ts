import { CsvError, parse } from 'csv-parse/sync';
import type ExcelJS from 'exceljs';
import { ETHNIC_CATEGORIES, isEthnicCategoryCode, type EthnicCategoryCode } from '@quorum/stats';
import { MetricKind } from './evidence.enums.js';
import { takesAgeBands } from './age-standardised.js';
import { figuresOf, MAX_VALUE_ROWS, type RawRow, type ValueKey } from './metric-values.parse.js';

/**
 * Values from a file someone already has: a BI tool's CSV or an Excel workbook, with its own
 * headers and labels. The file is read into a grid of text (row numbers as the file shows
 * them), its header row found, each column mapped to what it holds (suggested from the
 * header's words, confirmed by the person importing), and each row read into a RawRow for
 * the same checks as typed values (metric-values.parse.ts).
 */

export type FileFormat = 'CSV' | 'XLSX';

/** A row of the file as text, with the number a spreadsheet or editor shows for it. */
export interface GridRow {
  row: number;
  cells: string[];
}

export interface Grid {
  format: FileFormat;
  /** The CSV delimiter found (',' ';' or tab); null for XLSX. */
  delimiter: string | null;
  rows: GridRow[];
}

/** What a column holds: the period, the ethnic category, or one of the figures. */
export type MappedField = 'period' | 'ethnicity' | 'ageBand' | 'numerator' | 'denominator' | 'mean' | 'sd' | 'n';
/** Header names (as in the file) by field; fields the metric does not use stay unset. */
export type ColumnMapping = Partial<Record<MappedField, string | null>>;

export interface FileProblem {
  /** The row as the file numbers it (a spreadsheet's row, a CSV file's line); 0 for the file as a whole. */
  row: number;
  /** The header of the column at fault; empty for a whole row or the file. */
  column: string;
  reason: string;
}

export class FileUnreadable extends Error {}

/** Bytes of at most this size are read (the request limit allows about 1.5 MB of base64). */
export const MAX_FILE_BYTES = 1_000_000;

const normalise = (text: string) =>
  text
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

// ---------------------------------------------------------------------------------------------
// Reading the file

/** The file's format: said, or from its name, or from its first bytes (an XLSX is a ZIP). */
export function formatOf(bytes: Buffer, fileName?: string | null, said?: FileFormat | null): FileFormat {
  if (said) return said;
  if (fileName && /\.xlsx$/i.test(fileName)) return 'XLSX';
  if (fileName && /\.(csv|txt|tsv)$/i.test(fileName)) return 'CSV';
  return bytes.subarray(0, 2).toString('latin1') === 'PK' ? 'XLSX' : 'CSV';
}

/** Text of a CSV file: UTF-8 (with or without a byte order mark), else Windows-1252 as Excel on Windows saves it. */
function decodeText(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** The delimiter used most on the first lines, outside quotes: comma, semicolon or tab. */
function delimiterOf(text: string): string {
  const lines = text
    .split(/\r\n?|\n/)
    .filter((l) => l.trim())
    .slice(0, 10);
  const unquoted = lines.map((l) => l.replace(/"[^"]*"/g, '')).join('\n');
  const counts = [',', ';', '\t'].map((d) => [d, unquoted.split(d).length - 1] as const);
  return counts.sort((a, b) => b[1] - a[1])[0][1] > 0 ? counts[0][0] : ',';
}

function readCsv(bytes: Buffer): Grid {
  const text = decodeText(bytes).replace(/\r\n?/g, '\n');
  const delimiter = delimiterOf(text);
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, { delimiter, skip_empty_lines: false, relax_column_count: true, relax_quotes: true, trim: true, info: true }) as unknown as typeof records;
  } catch (error) {
    if (error instanceof CsvError) throw new FileUnreadable(`This is not a CSV file that can be read: ${error.message}`);
    throw error;
  }
  const rows = records.map(({ record, info }) => ({ row: info.lines - record.reduce((sum, field) => sum + (field.match(/\n/g)?.length ?? 0), 0), cells: record }));
  return { format: 'CSV', delimiter, rows };
}

/** A cell's value as the sheet shows it: numbers as numbers, dates as ISO dates, formulas by their result. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('text' in value) return String(value.text);
    if ('error' in value) return '';
    return '';
  }
  return String(value).trim();
}

async function readXlsx(bytes: Buffer): Promise<Grid> {
  // Loaded on first use: exceljs holds about 25 MB a server that never reads a workbook would carry.
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new FileUnreadable('This is not an Excel workbook (.xlsx) that can be read. Save it as .xlsx or CSV and try again.');
  }
  // The first sheet that has anything in it.
  const sheet = workbook.worksheets.find((s) => s.actualRowCount > 0);
  if (!sheet) throw new FileUnreadable('The workbook has no values.');
  const rows: GridRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    const values = row.values as ExcelJS.CellValue[]; // 1-based: values[0] is empty
    rows.push({ row: number, cells: values.slice(1).map((v) => cellText(v ?? null)) });
  });
  return { format: 'XLSX', delimiter: null, rows };
}

export async function readGrid(bytes: Buffer, format: FileFormat): Promise<Grid> {
  if (bytes.length === 0) throw new FileUnreadable('The file is empty.');
  if (bytes.length > MAX_FILE_BYTES) throw new FileUnreadable(`The file must be at most ${MAX_FILE_BYTES.toLocaleString('en-GB')} bytes.`);
  return format === 'XLSX' ? readXlsx(bytes) : readCsv(bytes);
}

// ---------------------------------------------------------------------------------------------
// Headers and mapping

/** Words a header may use for each field, normalised; the first field a header matches wins. */
const HEADER_WORDS: Record<MappedField, string[]> = {
  period: ['period', 'time period', 'reporting period', 'date', 'month', 'quarter', 'year', 'financial year', 'fy', 'week', 'time', 'phase'],
  ethnicity: [
    'ethnic code',
    'ethnic_code',
    'ethnicity',
    'ethnicity code',
    'ethnic category',
    'ethnic category code',
    'ethnic group',
    'ethnic origin',
    'ethnicity description',
    'ethnic category description',
    'ethnicity group',
  ],
  ageBand: ['age band', 'age group', 'ageband', 'age', 'age range', 'quinary age band', 'age bands'],
  numerator: ['numerator', 'events', 'event count', 'cases', 'met', 'achieved', 'screened', 'count', 'number', 'yes', 'successes'],
  denominator: ['denominator', 'total', 'population', 'eligible', 'patients', 'cohort', 'person time', 'person years', 'bed days', 'attendances', 'admissions', 'base'],
  mean: ['mean', 'average', 'avg', 'mean score'],
  sd: ['sd', 'standard deviation', 'std dev', 'stdev', 'std'],
  n: ['n', 'sample size', 'respondents', 'number of patients', 'count', 'people'],
};

/** The fields a metric's file maps, required first. */
export function fieldsOf(kind: MetricKind): MappedField[] {
  return ['period', 'ethnicity', ...(figuresOf(kind) as MappedField[])];
}

/** Fields a file may map but need not: a rate's age bands. */
export function optionalFieldsOf(kind: MetricKind): MappedField[] {
  return takesAgeBands(kind) ? ['ageBand'] : [];
}

function matches(header: string, field: MappedField): boolean {
  const h = normalise(header);
  if (!h) return false;
  return HEADER_WORDS[field].some((word) => {
    const w = normalise(word);
    return h === w || h.startsWith(`${w} `) || h.endsWith(` ${w}`) || (w.length > 3 && h.includes(w));
  });
}

/**
 * The header row: among the first 20 rows, the first that names at least two of the metric's
 * fields; failing that, the first with at least three filled cells (a title above it, in one
 * cell, is passed over).
 */
export function headerRowOf(grid: Grid, kind: MetricKind): GridRow | null {
  const rows = grid.rows.slice(0, 20);
  const named = rows.find((r) => fieldsOf(kind).filter((f) => r.cells.some((c) => matches(c, f))).length >= 2);
  return named ?? rows.find((r) => r.cells.filter((c) => c.trim()).length >= 3) ?? null;
}

/** Each field's column, guessed from the header words; a column serves one field only. */
export function suggestMapping(headers: string[], kind: MetricKind): ColumnMapping {
  const taken = new Set<number>();
  const mapping: ColumnMapping = {};
  for (const field of [...fieldsOf(kind), ...optionalFieldsOf(kind)]) {
    // An exact word first ("n" must not take "Denominator"), then a looser match.
    const exact = headers.findIndex((h, i) => !taken.has(i) && HEADER_WORDS[field].some((w) => normalise(w) === normalise(h)));
    const index = exact >= 0 ? exact : headers.findIndex((h, i) => !taken.has(i) && field !== 'n' && field !== 'sd' && matches(h, field));
    mapping[field] = index >= 0 ? headers[index] : null;
    if (index >= 0) taken.add(index);
  }
  return mapping;
}

// ---------------------------------------------------------------------------------------------
// Ethnic categories by code or name

const GROUP_PREFIXES: Record<string, EthnicCategoryCode> = {
  // normalised group name -> the group's "any other" code
  white: 'C',
  mixed: 'G',
  'mixed or multiple ethnic groups': 'G',
  'mixed or multiple': 'G',
  'mixed or multiple ethnic group': 'G',
  asian: 'L',
  'asian or asian british': 'L',
  'asian asian british': 'L',
  black: 'P',
  'black or black british': 'P',
  'black black british caribbean or african': 'P',
  'black african caribbean or black british': 'P',
  'black black british': 'P',
  other: 'S',
  'other ethnic group': 'S',
  'other ethnic groups': 'S',
};

const NOT_KNOWN = ['not stated', 'not known', 'unknown', 'not recorded', 'refused', 'declined', 'prefer not to say', 'not given', 'missing', 'z', '99'];

/** Names by code, normalised: the NHS Data Dictionary's labels, the ONS 2021 census names and common variants. */
const NAMES: Record<EthnicCategoryCode, string[]> = {
  A: ['british', 'white british', 'english welsh scottish northern irish or british', 'white english welsh scottish northern irish or british', 'english', 'british white'],
  B: ['irish', 'white irish', 'irish white'],
  C: ['any other white background', 'other white', 'white other', 'any other white', 'gypsy or irish traveller', 'roma', 'white gypsy or irish traveller', 'white roma', 'other white background'],
  D: ['white and black caribbean', 'mixed white and black caribbean'],
  E: ['white and black african', 'mixed white and black african'],
  F: ['white and asian', 'mixed white and asian'],
  G: ['any other mixed background', 'other mixed', 'mixed other', 'any other mixed or multiple ethnic background', 'other mixed background', 'any other mixed'],
  H: ['indian', 'indian or british indian', 'asian indian', 'british indian'],
  J: ['pakistani', 'pakistani or british pakistani', 'asian pakistani', 'british pakistani'],
  K: ['bangladeshi', 'bangladeshi or british bangladeshi', 'asian bangladeshi', 'british bangladeshi'],
  L: ['any other asian background', 'other asian', 'asian other', 'any other asian', 'other asian background'],
  M: ['caribbean', 'black caribbean', 'caribbean black'],
  N: ['african', 'black african', 'african black'],
  P: ['any other black background', 'other black', 'black other', 'any other black african or caribbean background', 'any other black', 'other black background'],
  R: ['chinese', 'chinese asian', 'asian chinese'],
  S: ['any other ethnic group', 'other ethnic group', 'arab', 'any other', 'other'],
  Z: NOT_KNOWN,
};

const BY_NAME = new Map<string, EthnicCategoryCode>();
for (const category of ETHNIC_CATEGORIES) BY_NAME.set(normalise(category.label), category.code);
for (const [code, names] of Object.entries(NAMES) as [EthnicCategoryCode, string[]][]) for (const name of names) if (!BY_NAME.has(normalise(name))) BY_NAME.set(normalise(name), code);

/** Rows that total the others, which a BI tool often adds: passed over, not refused. */
const TOTALS = new Set(['total', 'totals', 'all', 'grand total', 'all ethnic groups', 'all groups', 'overall', 'sum', 'all ages']);

/**
 * The NHS code for an ethnic category written as a code (A to S, Z; 99 for not known), a
 * code with its name ("A - White British"), or a name in the NHS or ONS wording, in any case:
 * "Indian", "Asian or Asian British: Indian", "Indian (Asian or Asian British)", "White: Irish",
 * "Black: Any other Black background", "Not known". Null when it is none of these.
 */
export function ethnicCodeOf(text: string): EthnicCategoryCode | null {
  const raw = text.trim();
  const upper = raw.toUpperCase();
  if (upper === '99' || upper === 'Z') return 'Z';
  if (/^[A-Z]$/.test(upper)) return isEthnicCategoryCode(upper) ? upper : null;
  const prefixed = /^([A-Za-z])\s*(?:[-–:.)]|\s)\s*(.+)$/.exec(raw);
  if (prefixed && isEthnicCategoryCode(prefixed[1].toUpperCase()) && ethnicCodeOf(prefixed[2]) === prefixed[1].toUpperCase()) return prefixed[1].toUpperCase() as EthnicCategoryCode;
  const whole = BY_NAME.get(normalise(raw));
  if (whole) return whole;
  // "Indian (Asian or Asian British)": the name, then its group in brackets.
  const bracketed = /^(.+?)\s*\((.+)\)$/.exec(raw);
  if (bracketed) return inGroup(bracketed[2], bracketed[1]);
  // "Asian or Asian British: Indian", "White - Irish": the group, then the name.
  const split = /^(.+?)\s*(?::|\s[-–]\s)\s*(.+)$/.exec(raw);
  if (split) return inGroup(split[1], split[2]);
  return null;
}

function inGroup(group: string, name: string): EthnicCategoryCode | null {
  const other = GROUP_PREFIXES[normalise(group)];
  if (!other) return null;
  const n = normalise(name);
  if (['other', 'any other', 'any other background', 'other background'].includes(n)) return other;
  // "White: British" is A, "Black: Caribbean" is M; a name that belongs to another group is refused.
  const code = BY_NAME.get(n) ?? BY_NAME.get(`${normalise(group)} ${n}`);
  return code ?? null;
}

// ---------------------------------------------------------------------------------------------
// Figures

/** The text of a missing figure: blank, or `*` (and ONS's `[c]`), as exports mark a hidden count. */
const MISSING = /^(\*|\[c\]|)$/i;

/**
 * A figure's text as a number: digits with a thousands separator ("1,100", "1 100") or a
 * decimal point; with a semicolon delimiter, a decimal comma ("12,5") as Excel writes it
 * where the comma is the decimal mark. Null for a missing figure; a string says why it is not a number.
 */
export function figureOf(text: string, delimiter: string | null): number | null | string {
  const t = text.trim().replace(/\u00a0/g, ' ');
  if (MISSING.test(t)) return null;
  let digits = t;
  if (/^[+-]?\d{1,3}([, ]\d{3})+(\.\d+)?$/.test(t)) digits = t.replace(/[, ]/g, '');
  else if (delimiter === ';' && /^[+-]?\d+,\d+$/.test(t)) digits = t.replace(',', '.');
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(digits)) return `“${t.slice(0, 20)}” is not a number.`;
  return Number(digits);
}

// ---------------------------------------------------------------------------------------------
// Rows

export interface MappedRows {
  /** Rows to check, keyed by their row number. */
  raws: { at: number; raw: RawRow }[];
  problems: FileProblem[];
  /** Rows passed over (a total, or every figure missing), with why. */
  skipped: FileProblem[];
}

const KEY_OF: Record<MappedField, ValueKey> = { period: 'period', ethnicity: 'ethnicCode', ageBand: 'ageBand', numerator: 'numerator', denominator: 'denominator', mean: 'mean', sd: 'sd', n: 'n' };

/** Checks the mapping against the header, then reads every row under it. */
export function mapRows(grid: Grid, header: GridRow, kind: MetricKind, mapping: ColumnMapping): MappedRows {
  const headers = header.cells.map((h) => h.trim());
  const problems: FileProblem[] = [];
  const columnOf: Partial<Record<MappedField, number>> = {};
  for (const field of fieldsOf(kind)) {
    const name = mapping[field]?.trim();
    if (!name) {
      problems.push({ row: header.row, column: '', reason: `Choose the column that holds the ${field === 'ethnicity' ? 'ethnic category' : field}.` });
      continue;
    }
    const index = headers.findIndex((h) => h.toLowerCase() === name.toLowerCase());
    if (index < 0) problems.push({ row: header.row, column: name, reason: `The file has no column “${name.slice(0, 60)}” (its columns: ${headers.filter(Boolean).join(', ').slice(0, 300)}).` });
    else if (Object.values(columnOf).includes(index)) problems.push({ row: header.row, column: name, reason: `The column “${name.slice(0, 60)}” is chosen for two things.` });
    else columnOf[field] = index;
  }
  for (const field of optionalFieldsOf(kind)) {
    const name = mapping[field]?.trim();
    if (!name) continue;
    const index = headers.findIndex((h) => h.toLowerCase() === name.toLowerCase());
    if (index < 0) problems.push({ row: header.row, column: name, reason: `The file has no column “${name.slice(0, 60)}” (its columns: ${headers.filter(Boolean).join(', ').slice(0, 300)}).` });
    else if (Object.values(columnOf).includes(index)) problems.push({ row: header.row, column: name, reason: `The column “${name.slice(0, 60)}” is chosen for two things.` });
    else columnOf[field] = index;
  }
  for (const field of Object.keys(mapping) as MappedField[]) {
    if (mapping[field] && ![...fieldsOf(kind), ...optionalFieldsOf(kind)].includes(field))
      problems.push({ row: header.row, column: mapping[field]!, reason: `A ${kind} metric takes no ${field} column.` });
  }
  if (problems.length) return { raws: [], problems, skipped: [] };

  const data = grid.rows.filter((r) => r.row > header.row && r.cells.some((c) => c.trim()));
  if (data.length === 0) return { raws: [], problems: [{ row: header.row, column: '', reason: 'The file has a header but no values under it.' }], skipped: [] };
  if (data.length > MAX_VALUE_ROWS) return { raws: [], problems: [{ row: data[MAX_VALUE_ROWS].row, column: '', reason: `At most ${MAX_VALUE_ROWS} rows can be imported at once.` }], skipped: [] };

  const raws: MappedRows['raws'] = [];
  const skipped: FileProblem[] = [];
  const figureFields = fieldsOf(kind).slice(2);
  for (const { row, cells } of data) {
    const at = (field: MappedField) => (cells[columnOf[field]!] ?? '').trim();
    const ethnicity = at('ethnicity');
    if (TOTALS.has(normalise(ethnicity))) {
      skipped.push({ row, column: mapping.ethnicity!, reason: `A total (“${ethnicity.slice(0, 40)}”), which Quorum adds up itself.` });
      continue;
    }
    // "All ages" beside the bands is a total too.
    if (columnOf.ageBand !== undefined && TOTALS.has(normalise(at('ageBand')))) {
      skipped.push({ row, column: mapping.ageBand!, reason: `A total (“${at('ageBand').slice(0, 40)}”), which Quorum adds up itself.` });
      continue;
    }
    const raw: RawRow = { period: at('period'), ...(columnOf.ageBand !== undefined ? { ageBand: at('ageBand') } : {}) };
    const before = problems.length;
    const code = ethnicity ? ethnicCodeOf(ethnicity) : null;
    if (!ethnicity) problems.push({ row, column: mapping.ethnicity!, reason: 'The ethnic category is missing.' });
    else if (!code)
      problems.push({
        row,
        column: mapping.ethnicity!,
        reason: `“${ethnicity.slice(0, 40)}” is not an ethnic category: use an NHS code (A to S, or Z or 99 for not known) or a category’s name, e.g. Indian or “Asian or Asian British: Indian”.`,
      });
    else raw.ethnicCode = code;
    const figures = figureFields.map((field) => [field, figureOf(at(field), grid.delimiter)] as const);
    const missing = figures.filter(([, value]) => value === null).map(([field]) => field);
    if (missing.length) {
      // A count the source hid (`*`) or left blank: the cell cannot be analysed, so it is passed over and said so.
      if (problems.length === before) skipped.push({ row, column: mapping[missing[0]]!, reason: `No ${missing.join(' or ')} (blank or *): nothing stored for this cell.` });
      continue;
    }
    for (const [field, value] of figures) {
      if (typeof value === 'string') problems.push({ row, column: mapping[field]!, reason: `The ${field} ${value}` });
      else raw[KEY_OF[field]] = value;
    }
    if (problems.length === before) raws.push({ at: row, raw });
  }
  return { raws, problems, skipped };
}

/** The header of the column a checked row's problem is about. */
export function columnOfKey(key: ValueKey | null, mapping: ColumnMapping): string {
  if (!key) return '';
  const field = (Object.keys(KEY_OF) as MappedField[]).find((f) => KEY_OF[f] === key)!;
  return mapping[field] ?? '';
}
