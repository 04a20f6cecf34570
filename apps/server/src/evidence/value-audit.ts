import type { EntityManager } from '@mikro-orm/postgresql';
import { AGE_BANDS, ETHNIC_CATEGORIES, ethnicCategoryLabel, type AgeBand, type EthnicCategoryCode } from '@quorum/stats';
import { AuditAction } from '../audit/audit-event.entity.js';
import { appendAudit, type Actor } from '../audit/audit.service.js';
import type { ValueRow } from './metric-values.parse.js';
import type { Metric } from './metric.entity.js';

/** A cell's figures as stored; the figures of the metric's other kind are null. */
export interface StoredFigures {
  numerator: number | null;
  denominator: number | null;
  mean: number | null;
  sd: number | null;
  n: number | null;
}

/** A stored cell, as the entity holds it (figures may be undefined before a refresh). */
type StoredCell = { [K in keyof StoredFigures]?: number | null } & { period: string; ethnicCode: EthnicCategoryCode; ageBand?: string };

/** One cell a write changed: null before for a cell added, null after for one removed (a replacing write). */
export interface CellChange {
  period: string;
  ethnicCode: EthnicCategoryCode;
  /** The age band, for a rate entered by age band; absent for a value for all ages. */
  ageBand?: string;
  before: StoredFigures | null;
  after: StoredFigures | null;
}

/** How the values came: typed (setMetricValues or the browser's grid) or imported from a file. */
export type ValueSource = 'TYPED' | 'IMPORTED';

const figuresOf = (row: StoredCell): StoredFigures => ({ numerator: row.numerator ?? null, denominator: row.denominator ?? null, mean: row.mean ?? null, sd: row.sd ?? null, n: row.n ?? null });
const same = (a: StoredCell, b: StoredCell) => (['numerator', 'denominator', 'mean', 'sd', 'n'] as const).every((k) => (a[k] ?? null) === (b[k] ?? null));
const key = (c: StoredCell) => `${c.period}\u0000${c.ethnicCode}\u0000${c.ageBand ?? ''}`;
/** The cell's place: its period and code, and its age band when it has one. */
const placeOf = (c: StoredCell) => ({ period: c.period, ethnicCode: c.ethnicCode, ...(c.ageBand ? { ageBand: c.ageBand } : {}) });

/**
 * The cells a write changes: rows whose figures differ from the stored ones, rows new to the
 * metric, and (for a replacing write) stored cells the rows leave out. Unchanged cells are not
 * changes. A cell by age band is one cell per band.
 */
export function cellChanges(stored: StoredCell[], rows: ValueRow[], replace: boolean): CellChange[] {
  const before = new Map(stored.map((v) => [key(v), v]));
  const changes: CellChange[] = [];
  for (const row of rows) {
    const old = before.get(key(row));
    before.delete(key(row));
    if (old && same(old, row)) continue;
    changes.push({ ...placeOf(row), before: old ? figuresOf(old) : null, after: figuresOf(row) });
  }
  if (replace) for (const old of before.values()) changes.push({ ...placeOf(old), before: figuresOf(old), after: null });
  const codes = ETHNIC_CATEGORIES.map((c) => c.code as string);
  const bands = (c: CellChange) => (c.ageBand ? AGE_BANDS.indexOf(c.ageBand as AgeBand) : -1);
  return changes.sort((a, b) => a.period.localeCompare(b.period) || codes.indexOf(a.ethnicCode) - codes.indexOf(b.ethnicCode) || bands(a) - bands(b));
}

/** At most this many cells are named in the summary sentence; the record's data names them all. */
const NAMED_CELLS = 12;

/** "2023: Indian, Pakistani; 2024: White British", cut after NAMED_CELLS cells. */
export function cellList(changes: Pick<CellChange, 'period' | 'ethnicCode' | 'ageBand'>[]): string {
  const byPeriod = new Map<string, string[]>();
  const label = (c: Pick<CellChange, 'ethnicCode' | 'ageBand'>) => `${ethnicCategoryLabel(c.ethnicCode)}${c.ageBand ? ` aged ${c.ageBand}` : ''}`;
  for (const change of changes.slice(0, NAMED_CELLS)) byPeriod.set(change.period, [...(byPeriod.get(change.period) ?? []), label(change)]);
  const listed = [...byPeriod].map(([period, labels]) => `${period}: ${labels.join(', ')}`).join('; ');
  return changes.length > NAMED_CELLS ? `${listed}; and ${changes.length - NAMED_CELLS} more` : listed;
}

/**
 * Inside the write's transaction: records who changed which cells of a metric, and when, in
 * the entry's audit log, which the activity history reads too. The sentence names the cells
 * (period and ethnic category), never a figure: the lead and managers read the log, and they
 * see small numbers suppressed. The figures before and after are kept in the record's data
 * (the hash covers them), and the API shows them only to those who may see every value
 * (`valueChanges`, value-changes.resolver.ts).
 */
export async function recordValueChanges(em: EntityManager, actor: Actor, metric: Metric, changes: CellChange[], source: ValueSource, replace: boolean): Promise<void> {
  if (changes.length === 0) return;
  const verb = source === 'IMPORTED' ? 'imported' : 'entered';
  const count = changes.length === 1 ? '1 value' : `${changes.length} values`;
  const summary = `${actor.name} ${verb} ${count} of the metric “${metric.name}”${replace ? ', replacing all its values' : ''} (${cellList(changes)}).`;
  await appendAudit(em, metric.entry.id, {
    action: AuditAction.METRIC_VALUES_CHANGED,
    actor,
    summary,
    data: { metricId: metric.id, metricName: metric.name, source, replace, cells: changes },
  });
}
