import { LockMode } from '@mikro-orm/core';
import { AGE_BANDS, ETHNIC_CATEGORIES, ethnicCategoryLabel, onsGroupOf, type AgeBand, type EthnicCategoryCode } from '@quorum/stats';
import type { Context } from '../common/context.js';
import { apiError, badInput, conflict, notFound } from '../common/errors.js';
import { Entry } from '../entries/entry.entity.js';
import { requireViewer } from '../policy/access.js';
import type { CreateMetricInput, ImportMetricValuesInput, SetMetricValuesInput, UpdateMetricInput } from './dto/evidence.inputs.js';
import { ConfidenceLevel, GroupLevel, MetricKind } from './evidence.enums.js';
import { authorizeEvidenceWrite } from './evidence.policy.js';
import type { MetricAnalysis, MetricValueView } from './evidence.types.js';
import { analyseMetric, datedAfter, orderPeriods } from './metric.analysis.js';
import { Metric } from './metric.entity.js';
import { MetricValue } from './metric-value.entity.js';
import { checkRows, parseValuesCsv, type ValueRow } from './metric-values.parse.js';
import { cellKey, UNSUPPRESSED_ROLES } from './suppression.js';
import { bandSuppressionMarks, suppressionMarks, withRoundedCounts } from './suppression-marks.js';
import { inTransaction } from '../common/unit-of-work.js';
import { actorOf } from '../sign-off/workflow.service.js';
import { settleAfterEvidenceChange } from '../sign-off/stale-sign-offs.js';
import { cellChanges, recordValueChanges, type ValueSource } from './value-audit.js';
import { bandKey, crudeCells } from './age-standardised.js';
import { spcSettings } from './spc-settings.js';

/** An entry's metrics are listed whole (`Entry.metrics`), so their number is bounded. */
export const MAX_METRICS = 50;

// Permission checks read through the request's loaders, so they run before a transaction
// starts: the embedded database has one connection, which a transaction holds.

/**
 * The metric, if the viewer may edit its entry's evidence; NOT_FOUND for non-members. Its
 * values and disclosure settings need `evidence.values`: only those who see every value may
 * change one, or someone could write a value and difference a hidden cell out of what appears.
 */
async function metricToEdit(ctx: Context, metricId: string, action: 'evidence.edit' | 'evidence.values' = 'evidence.edit'): Promise<Metric> {
  const metric = await ctx.em.findOne(Metric, { id: metricId });
  if (!metric) throw notFound('Metric');
  await authorizeEvidenceWrite(ctx, metric.entry.id, action, 'Metric');
  return metric;
}

const trimmed = (text: string | null | undefined) => (text == null ? text : text.trim() || null);

/** Text that must not be blank: class-validator measures the length before the trim. */
function filled(text: string, field: string, message: string): string {
  const value = text.trim();
  if (!value) throw badInput(field, message);
  return value;
}

function checkRatePer(kind: MetricKind, ratePer: number | null | undefined) {
  if (ratePer != null && kind !== MetricKind.RATE) throw badInput('input.ratePer', 'ratePer applies to RATE metrics only.');
}

/** A baseline and follow-up that are one period, or dated the wrong way round, would make the analysis read a rise as a fall. */
function checkPeriods(baseline: string | null | undefined, followUp: string | null | undefined, field: string) {
  if (!baseline || !followUp) return;
  if (baseline === followUp) throw badInput(field, 'The baseline and follow-up must be two different periods.');
  if (datedAfter(baseline, followUp)) throw badInput(field, `The follow-up period (${followUp}) must come after the baseline (${baseline}).`);
}

/** The settings that decide what is hidden: lowering the threshold would show cells hidden before. */
const disclosureSettingsIn = (input: CreateMetricInput | UpdateMetricInput) => input.suppressionThreshold != null || input.roundToFive != null;

export async function createMetric(ctx: Context, input: CreateMetricInput): Promise<Metric> {
  const { user } = requireViewer(ctx);
  const { entryId } = input;
  await authorizeEvidenceWrite(ctx, entryId, disclosureSettingsIn(input) ? 'evidence.values' : 'evidence.edit');
  checkRatePer(input.kind, input.ratePer);
  const name = filled(input.name, 'input.name', 'Enter a name of 1 to 200 characters.');
  const definition = filled(input.definition, 'input.definition', 'Enter a definition of 1 to 2,000 characters.');
  const baselinePeriod = trimmed(input.baselinePeriod);
  const followUpPeriod = trimmed(input.followUpPeriod);
  checkPeriods(baselinePeriod, followUpPeriod, 'input.followUpPeriod');
  const spc = spcSettings(input.kind, input);
  if ((await ctx.em.count(Metric, { entry: entryId })) >= MAX_METRICS) throw conflict(`An entry can have at most ${MAX_METRICS} metrics.`);
  return inTransaction(ctx, async ({ em }) =>
    em.create(Metric, {
      entry: em.getReference(Entry, entryId),
      name,
      definition,
      kind: input.kind,
      direction: input.direction,
      dataSource: trimmed(input.dataSource),
      unit: trimmed(input.unit),
      ratePer: input.kind === MetricKind.RATE ? (input.ratePer ?? 1000) : null,
      population: trimmed(input.population) ?? 'patients',
      referenceCode: (input.referenceCode ?? 'A') as EthnicCategoryCode,
      baselinePeriod,
      followUpPeriod,
      suppressionThreshold: input.suppressionThreshold ?? 5,
      roundToFive: input.roundToFive ?? false,
      confidenceLevel: input.confidenceLevel ?? ConfidenceLevel.PERCENT_95,
      target: spc.target ?? null,
      recalculationPeriods: spc.recalculationPeriods ?? [],
      createdBy: user,
    }),
  );
}

export async function updateMetric(ctx: Context, input: UpdateMetricInput): Promise<Metric> {
  const metric = await metricToEdit(ctx, input.metricId, disclosureSettingsIn(input) ? 'evidence.values' : 'evidence.edit');
  checkRatePer(metric.kind, input.ratePer);
  const baselinePeriod = input.baselinePeriod !== undefined ? trimmed(input.baselinePeriod) : metric.baselinePeriod;
  const followUpPeriod = input.followUpPeriod !== undefined ? trimmed(input.followUpPeriod) : metric.followUpPeriod;
  // Checked only when one is given (against the stored other), naming the one given.
  if (input.followUpPeriod !== undefined) checkPeriods(baselinePeriod, followUpPeriod, 'input.followUpPeriod');
  else if (input.baselinePeriod !== undefined) checkPeriods(baselinePeriod, followUpPeriod, 'input.baselinePeriod');
  // Required fields change only when given; optional ones are cleared by an explicit null.
  if (input.name != null) metric.name = filled(input.name, 'input.name', 'Enter a name of 1 to 200 characters.');
  if (input.definition != null) metric.definition = filled(input.definition, 'input.definition', 'Enter a definition of 1 to 2,000 characters.');
  if (input.direction != null) metric.direction = input.direction;
  if (input.population != null) metric.population = input.population.trim() || metric.population;
  if (input.referenceCode != null) metric.referenceCode = input.referenceCode as EthnicCategoryCode;
  if (input.suppressionThreshold != null) metric.suppressionThreshold = input.suppressionThreshold;
  if (input.roundToFive != null) metric.roundToFive = input.roundToFive;
  if (input.ratePer != null) metric.ratePer = input.ratePer;
  if (input.confidenceLevel != null) metric.confidenceLevel = input.confidenceLevel;
  if (input.dataSource !== undefined) metric.dataSource = trimmed(input.dataSource);
  if (input.unit !== undefined) metric.unit = trimmed(input.unit);
  Object.assign(metric, spcSettings(metric.kind, input));
  metric.baselinePeriod = baselinePeriod;
  metric.followUpPeriod = followUpPeriod;
  // Its analysis may change with its settings: sign-offs covering it may be stale (sign-off/evidence-digest.ts).
  return inTransaction(ctx, async ({ em, events }) => {
    await settleAfterEvidenceChange(em, ctx.app, metric.entry.id, actorOf(ctx), events);
    return metric;
  });
}

/** Deletes the metric; its values and criteria links go with it (foreign keys cascade). */
export async function deleteMetric(ctx: Context, metricId: string): Promise<{ deletedMetricId: string; entry: Entry }> {
  const metric = await metricToEdit(ctx, metricId);
  const entryId = metric.entry.id;
  await inTransaction(ctx, async ({ em, events }) => {
    await em.nativeDelete(Metric, { id: metric.id });
    await settleAfterEvidenceChange(em, ctx.app, entryId, actorOf(ctx), events);
  });
  return { deletedMetricId: metric.id, entry: await ctx.em.findOneOrFail(Entry, entryId) };
}

export async function setMetricValues(ctx: Context, input: SetMetricValuesInput) {
  const metric = await metricToEdit(ctx, input.metricId, 'evidence.values');
  const raws = input.values.map((v, at) => ({
    at,
    raw: { period: v.period, ethnicCode: v.ethnicCode, ageBand: v.ageBand, numerator: v.numerator, denominator: v.denominator, mean: v.mean, sd: v.sd, n: v.n },
  }));
  const { rows, problems } = checkRows(metric.kind, raws, (at) => `at values[${at}]`);
  if (problems.length) {
    // Shaped like the input-validation errors: `field` is the first, `fields` lists them all.
    const fields = problems.map((p) => ({ field: `input.values.${p.at}${p.key ? `.${p.key}` : ''}`, message: p.reason }));
    throw apiError('BAD_USER_INPUT', `${problems.length === 1 ? 'A value has a problem' : `${problems.length} problems in the values`}; nothing was written. ${fields[0].message}`, {
      field: fields[0].field,
      fields,
    });
  }
  return { metric: await writeValues(ctx, metric, rows, input.replace, 'TYPED'), written: rows.length };
}

export async function importMetricValues(ctx: Context, input: ImportMetricValuesInput) {
  const metric = await metricToEdit(ctx, input.metricId, 'evidence.values');
  const { rows, problems } = parseValuesCsv(metric.kind, input.csv);
  if (problems.length) {
    const lines = new Set(problems.map((p) => p.line)).size;
    throw apiError('BAD_USER_INPUT', `The file has problems on ${lines === 1 ? '1 line' : `${lines} lines`}; nothing was imported. See extensions.problems for each line, column and reason.`, {
      field: 'input.csv',
      problems,
    });
  }
  return { metric: await writeValues(ctx, metric, rows, input.replace, 'IMPORTED'), written: rows.length };
}

/**
 * Writes checked rows in one transaction, the metric row locked so that writers of one metric
 * take turns, and records the cells that changed in the audit log (value-audit.ts).
 */
export async function writeValues(ctx: Context, metric: Metric, rows: ValueRow[], replace: boolean, source: ValueSource): Promise<Metric> {
  const actor = actorOf(ctx);
  return inTransaction(ctx, async ({ em, events }) => {
    // Deleted by a request at the same moment: NOT_FOUND, as if it had come a moment later.
    const locked = await em.findOne(Metric, metric.id, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!locked) throw notFound('Metric');
    const stored = await em.find(MetricValue, replace ? { metric: locked.id } : { metric: locked.id, period: { $in: [...new Set(rows.map((r) => r.period))] } });
    // A period and code written are written whole: with age bands, the bands left out go (the cell is all by band or not at all).
    const written = new Set(rows.map((r) => cellKey(r.period, r.ethnicCode)));
    const touched = replace ? stored : stored.filter((v) => written.has(cellKey(v.period, v.ethnicCode)));
    await recordValueChanges(em, actor, locked, cellChanges(touched, rows, true), source, replace);
    if (replace) await em.nativeDelete(MetricValue, { metric: locked.id });
    const incoming = new Set(rows.map((r) => bandKey(r.period, r.ethnicCode, r.ageBand)));
    const existing: MetricValue[] = [];
    if (!replace)
      for (const v of touched)
        if (incoming.has(bandKey(v.period, v.ethnicCode, v.ageBand))) existing.push(v);
        else em.remove(v);
    const byKey = new Map(existing.map((v) => [bandKey(v.period, v.ethnicCode, v.ageBand), v]));
    for (const row of rows) {
      const value = byKey.get(bandKey(row.period, row.ethnicCode, row.ageBand));
      if (value) em.assign(value, row);
      else em.create(MetricValue, { ...row, metric: locked });
    }
    locked.updatedAt = new Date();
    // Sign-offs of the sections presenting these figures may be stale now (sign-off/evidence-digest.ts).
    await settleAfterEvidenceChange(em, ctx.app, locked.entry.id, actor, events);
    return locked;
  });
}

/** Small numbers are hidden from everyone but analysts; exports hide them always (call with `suppress: true`). */
async function viewerSuppresses(ctx: Context, metric: Metric): Promise<boolean> {
  const membership = await ctx.loaders.viewerMembership.load(metric.entry.id);
  return !membership || !UNSUPPRESSED_ROLES.includes(membership.role);
}

/**
 * The entered values in period order then Data Dictionary order, hidden cells blanked; with
 * rounding, counts rounded to the nearest 5 for those who see small numbers suppressed, the same
 * rounded values their analysis is worked out from (analyseMetric).
 */
export function valueViews(metric: Metric, values: MetricValue[], suppress: boolean): MetricValueView[] {
  // Every viewer sees which cells exports hide; only those who may see every value see which are small (PRIMARY) and which protect them (SECONDARY).
  // Values by age band: the cells (bands summed) are marked as any, and each band as age-standardised.ts says.
  const marks = suppressionMarks(metric, crudeCells(values), !suppress);
  const bandMarks = bandSuppressionMarks(metric, values, marks, !suppress);
  const periods = orderPeriods(
    values.map((v) => v.period),
    metric,
  );
  const codes = ETHNIC_CATEGORIES.map((c) => c.code as string);
  const band = (v: MetricValue) => AGE_BANDS.indexOf(v.ageBand as AgeBand);
  const sorted = [...values].sort((a, b) => periods.indexOf(a.period) - periods.indexOf(b.period) || codes.indexOf(a.ethnicCode) - codes.indexOf(b.ethnicCode) || band(a) - band(b));
  const round = suppress && metric.roundToFive;
  return sorted.map((entered) => {
    // Marks are decided on the values as entered; what is shown of them is rounded.
    const mark = (entered.ageBand ? bandMarks.get(bandKey(entered.period, entered.ethnicCode, entered.ageBand)) : marks.get(cellKey(entered.period, entered.ethnicCode))) ?? null;
    const v = round ? withRoundedCounts(entered) : entered;
    const hide = suppress && mark !== null;
    const shown = (x: number | null | undefined) => (hide ? null : (x ?? null));
    return {
      period: v.period,
      ethnicCode: v.ethnicCode,
      ethnicCategory: ethnicCategoryLabel(v.ethnicCode),
      ageBand: v.ageBand || null,
      onsGroup: onsGroupOf(v.ethnicCode),
      numerator: shown(v.numerator),
      denominator: shown(v.denominator),
      mean: shown(v.mean),
      sd: shown(v.sd),
      n: shown(v.n),
      suppressed: mark,
    };
  });
}

export async function metricValues(ctx: Context, metric: Metric): Promise<MetricValueView[]> {
  return valueViews(metric, await ctx.loaders.valuesOfMetric.load(metric.id), await viewerSuppresses(ctx, metric));
}

export async function metricPeriods(ctx: Context, metric: Metric): Promise<string[]> {
  return orderPeriods(
    (await ctx.loaders.valuesOfMetric.load(metric.id)).map((v) => v.period),
    metric,
  );
}

/**
 * The analysis as the viewer may see it (with rounding, worked out from the rounded values:
 * analyseMetric). Its ready-to-paste sentences are always those of the suppressed (and rounded)
 * analysis, also for those who see every value: a sentence an analyst copies into a section
 * must quote only what the evidence table and the exports show.
 */
export async function metricAnalysis(ctx: Context, metric: Metric, level: GroupLevel): Promise<MetricAnalysis> {
  const values = await ctx.loaders.valuesOfMetric.load(metric.id);
  const suppress = await viewerSuppresses(ctx, metric);
  const analysis = analyseMetric(metric, values, level, suppress);
  if (suppress) return analysis;
  const safe = analyseMetric(metric, values, level, true);
  const safeGroup = new Map(safe.groups.map((g) => [g.group, g]));
  return {
    ...analysis,
    sentences: safe.sentences,
    groups: analysis.groups.map((g) => ({ ...g, changeSentence: safeGroup.get(g.group)?.changeSentence ?? null, gapSentence: safeGroup.get(g.group)?.gapSentence ?? null })),
  };
}
