import { CsvError, parse } from 'csv-parse/sync';
import { isEthnicCategoryCode, type EthnicCategoryCode } from '@quorum/stats';
import { MetricKind } from './evidence.enums.js';
import { ageBandOf, takesAgeBands } from './age-standardised.js';

/** Checked figures for one period and ethnic category; figures of the other kind are null. */
export interface ValueRow {
  period: string;
  ethnicCode: EthnicCategoryCode;
  /** An age band of the 2013 European Standard Population (rates only), or '' for all ages. */
  ageBand: string;
  numerator: number | null;
  denominator: number | null;
  mean: number | null;
  sd: number | null;
  n: number | null;
}

type Figure = 'numerator' | 'denominator' | 'mean' | 'sd' | 'n';
export type ValueKey = 'period' | 'ethnicCode' | 'ageBand' | Figure;

/** A row as given: strings from a CSV file, numbers from GraphQL. */
export type RawRow = Partial<Record<ValueKey, string | number | null>>;

/** `at` is the CSV line, or the index in a GraphQL list. */
export interface KeyProblem {
  at: number;
  key: ValueKey | null;
  reason: string;
}

export interface CsvProblem {
  line: number;
  /** The CSV column's header name; empty for problems with a whole line. */
  column: string;
  /** 1-based position of the column, when known. */
  columnNumber: number | null;
  reason: string;
}

export const MAX_VALUE_ROWS = 5000;
export const PERIOD_MAX = 40;
/** The largest count a PostgreSQL integer column holds. */
export const COUNT_MAX = 2_147_483_647;
/** Means and sds lie within MEAN_MAX of 0, and an sd above 0 is at least SD_MIN: further out, the analysis' arithmetic overflows or underflows. */
export const MEAN_MAX = 1e12;
export const SD_MIN = 1e-12;

export function figuresOf(kind: MetricKind): Figure[] {
  return kind === MetricKind.MEAN ? ['mean', 'sd', 'n'] : ['numerator', 'denominator'];
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** A figure as a number, or the reason it is not one. Counts in a CSV file are written in digits only. */
function readNumber(value: string | number | null | undefined, count: boolean): number | null | string {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : 'is not a number.';
  const text = value.trim();
  if (text === '') return null;
  if (!NUMBER.test(text)) return `“${text.slice(0, 20)}” is not a number (write digits only, e.g. 1234 or 12.5).`;
  const number = Number(text); // too many digits give Infinity, which the bounds refuse
  if (count && Number.isInteger(number) && !/^-?\d+$/.test(text)) return `“${text.slice(0, 20)}” must be written in digits only, e.g. 1234.`;
  return number;
}

/** Why a figure is out of bounds, or null. */
function outOfBounds(key: Figure, value: number): string | null {
  if (key === 'mean') return Math.abs(value) <= MEAN_MAX ? null : 'The mean must be between -1,000,000,000,000 and 1,000,000,000,000.';
  if (value < 0) return `The ${key} cannot be negative.`;
  if (key === 'sd') {
    if (value > MEAN_MAX) return 'The sd must be at most 1,000,000,000,000.';
    return value > 0 && value < SD_MIN ? 'The sd must be 0 or at least 0.000000000001.' : null;
  }
  if (value > COUNT_MAX) return `The ${key} must be at most 2,147,483,647.`;
  return Number.isInteger(value) ? null : `The ${key} must be a whole number.`;
}

/**
 * Checks every row and reports every problem, so that a file can be fixed in one go. Rules:
 * a known ethnic category code; a period of 1 to 40 characters; counts are whole numbers from
 * 0 to 2,147,483,647, numerator no higher than denominator for a proportion (a rate may exceed 1); a mean (it may be negative, e.g.
 * of change scores) and an sd (not negative) within 1,000,000,000,000 of 0; one row per
 * period and code.
 */
export function checkRows(kind: MetricKind, raws: { at: number; raw: RawRow }[], where: (at: number) => string): { rows: ValueRow[]; problems: KeyProblem[] } {
  const rows: ValueRow[] = [];
  const problems: KeyProblem[] = [];
  const seen = new Map<string, number>();
  // Per period and code: whether its first row came by age band, and where; a cell is all by band or all for all ages.
  const banding = new Map<string, { banded: boolean; at: number }>();
  for (const { at, raw } of raws) {
    const before = problems.length;
    const problem = (key: ValueKey | null, reason: string) => problems.push({ at, key, reason });
    const period = String(raw.period ?? '').trim();
    if (!period) problem('period', 'The period is missing, e.g. 2023-Q1 or Baseline.');
    else if (period.length > PERIOD_MAX) problem('period', `The period must be at most ${PERIOD_MAX} characters.`);
    const code = String(raw.ethnicCode ?? '')
      .trim()
      .toUpperCase();
    if (!code) problem('ethnicCode', 'The ethnic category code is missing.');
    else if (!isEthnicCategoryCode(code)) problem('ethnicCode', `Unknown ethnic category code “${code.slice(0, 10)}”: use A to S from the NHS Data Dictionary, or Z for not stated.`);

    const bandText = String(raw.ageBand ?? '').trim();
    const ageBand = bandText ? ageBandOf(bandText) : '';
    if (bandText && !takesAgeBands(kind)) problem('ageBand', `Only a RATE metric takes values by age band (for age-standardised rates); a ${kind} metric takes none.`);
    else if (ageBand === null) problem('ageBand', `Unknown age band “${bandText.slice(0, 20)}”: use the 2013 European Standard Population’s five-year bands, 0-4 to 85-89, and 90+.`);

    const figures: Partial<Record<Figure, number>> = {};
    for (const key of figuresOf(kind)) {
      const value = readNumber(raw[key], key !== 'mean' && key !== 'sd');
      const bad = typeof value === 'number' ? outOfBounds(key, value) : null;
      if (value === null) problem(key, `The ${key} is missing.`);
      else if (typeof value === 'string') problem(key, `The ${key} ${value}`);
      else if (bad) problem(key, bad);
      else figures[key] = value;
    }
    for (const key of ['numerator', 'denominator', 'mean', 'sd', 'n'] as Figure[]) {
      if (!figuresOf(kind).includes(key) && raw[key] != null && raw[key] !== '') problem(key, `A ${kind} metric takes no ${key}.`);
    }
    // A rate counts events, which may outnumber the people or person-time (1,200 per 1,000); a proportion's cannot.
    if (kind === MetricKind.PROPORTION && figures.numerator !== undefined && figures.denominator !== undefined && figures.numerator > figures.denominator) {
      problem('numerator', `The numerator (${figures.numerator}) is above the denominator (${figures.denominator}).`);
    }
    // A band with events needs people (or person-time) to have them in: its rate would be infinite.
    if (ageBand && figures.numerator !== undefined && figures.numerator > 0 && figures.denominator === 0) problem('denominator', `The age band ${ageBand} has events but a denominator of 0.`);
    const cell = `${period}\u0000${code}`;
    const key = `${cell}\u0000${ageBand ?? ''}`;
    const place = ageBand ? `period ${period}, code ${code} and age band ${ageBand}` : `period ${period} and code ${code}`;
    if (period && code && seen.has(key)) problem(ageBand ? 'ageBand' : 'ethnicCode', `Duplicate: ${place} already appear ${where(seen.get(key)!)}.`);
    else seen.set(key, at);
    const first = banding.get(cell);
    if (period && code && ageBand !== null && first && first.banded !== !!ageBand)
      problem('ageBand', `Period ${period} and code ${code} have values by age band and for all ages (${where(first.at)}): give one or the other.`);
    else if (period && code && ageBand !== null && !first) banding.set(cell, { banded: !!ageBand, at });
    if (problems.length > before) continue;
    rows.push({
      period,
      ethnicCode: code as EthnicCategoryCode,
      ageBand: ageBand ?? '',
      numerator: figures.numerator ?? null,
      denominator: figures.denominator ?? null,
      mean: figures.mean ?? null,
      sd: figures.sd ?? null,
      n: figures.n ?? null,
    });
  }
  return { rows, problems };
}

/** CSV header names, by key. */
const CSV_NAMES: Record<ValueKey, string> = { period: 'period', ethnicCode: 'ethnic_code', ageBand: 'age_band', numerator: 'numerator', denominator: 'denominator', mean: 'mean', sd: 'sd', n: 'n' };

/**
 * Reads CSV text with a header line: `period,ethnic_code,numerator,denominator` for
 * proportions and rates, `period,ethnic_code,mean,sd,n` for means (any order, any case, each
 * once; other columns are ignored), and for rates by age band an `age_band` column. Returns the rows, or every problem with line and column.
 */
export function parseValuesCsv(kind: MetricKind, text: string): { rows: ValueRow[]; problems: CsvProblem[] } {
  // csv-parse miscounts lines with CRLF endings; normalise so that line numbers match an editor's.
  const normalised = text.replace(/\r\n?/g, '\n');
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(normalised, { bom: true, skip_empty_lines: true, relax_column_count: true, trim: true, info: true }) as unknown as typeof records;
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const line = (error as CsvError & { lines?: number }).lines ?? 1;
    return { rows: [], problems: [{ line, column: '', columnNumber: null, reason: `This is not valid CSV: ${error.message}` }] };
  }
  const [header, ...data] = records;
  if (!header) return { rows: [], problems: [{ line: 1, column: '', columnNumber: null, reason: 'The file is empty.' }] };
  const names = header.record.map((name) => name.toLowerCase());
  const keys = ['period', 'ethnicCode', ...figuresOf(kind)] as ValueKey[];
  const missing = keys.filter((k) => !names.includes(CSV_NAMES[k]));
  if (missing.length) {
    const expected = keys.map((k) => CSV_NAMES[k]).join(',');
    return {
      rows: [],
      problems: missing.map((k) => ({ line: header.info.lines, column: CSV_NAMES[k], columnNumber: null, reason: `The header has no ${CSV_NAMES[k]} column; a ${kind} metric needs: ${expected}.` })),
    };
  }
  // A column named twice would leave it unclear which one holds the values.
  const twice = keys.map((k) => CSV_NAMES[k]).filter((name) => names.indexOf(name) !== names.lastIndexOf(name));
  if (twice.length) {
    return {
      rows: [],
      problems: twice.map((name) => ({
        line: header.info.lines,
        column: name,
        columnNumber: names.lastIndexOf(name) + 1,
        reason: `The header names the ${name} column twice (columns ${names.indexOf(name) + 1} and ${names.lastIndexOf(name) + 1}): keep only one.`,
      })),
    };
  }
  if (data.length === 0) return { rows: [], problems: [{ line: header.info.lines, column: '', columnNumber: null, reason: 'The file has a header but no values.' }] };
  if (data.length > MAX_VALUE_ROWS)
    return { rows: [], problems: [{ line: data[MAX_VALUE_ROWS].info.lines, column: '', columnNumber: null, reason: `At most ${MAX_VALUE_ROWS} rows can be imported at once.` }] };

  const lineProblems: CsvProblem[] = [];
  const raws = data.map(({ record, info }) => {
    // info.lines is the line a record ends on; a quoted field may span lines.
    const line = info.lines - record.reduce((sum, field) => sum + (field.match(/\n/g)?.length ?? 0), 0);
    if (record.length > names.length) lineProblems.push({ line, column: '', columnNumber: null, reason: `This line has ${record.length} fields but the header has ${names.length} (a stray comma?).` });
    const raw: RawRow = {};
    for (const key of keys) raw[key] = record[names.indexOf(CSV_NAMES[key])] ?? null;
    // An optional age_band column (rates by age band); checkRows refuses it for other kinds.
    if (names.includes(CSV_NAMES.ageBand)) raw.ageBand = record[names.indexOf(CSV_NAMES.ageBand)] ?? null;
    return { at: line, raw };
  });
  const { rows, problems } = checkRows(kind, raws, (at) => `on line ${at}`);
  const byLine = [
    ...lineProblems,
    ...problems.map((p) => ({
      line: p.at,
      column: p.key ? CSV_NAMES[p.key] : '',
      columnNumber: p.key ? names.indexOf(CSV_NAMES[p.key]) + 1 : null,
      reason: p.reason,
    })),
  ].sort((a, b) => a.line - b.line);
  return { rows, problems: byLine };
}
