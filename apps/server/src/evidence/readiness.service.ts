import type { Context } from '../common/context.js';
import type { Entry } from '../entries/entry.entity.js';
import type { Section } from '../sections/section.entity.js';
import { statusOf } from '../sign-off/sign-off.service.js';
import type { MissingEvidence, MissingSignOff, Readiness, SectionOverLimit } from './evidence.types.js';
import { GroupLevel, PeriodOrder } from './evidence.enums.js';
import { resolvePeriods } from './metric.methods.js';
import { analyseMetric } from './metric.analysis.js';
import { coveredCriteria } from './criterion-passages.js';
import type { MetricValue } from './metric-value.entity.js';
import { sectionFigures } from '../figures/figure.service.js';
import { FigureStatus, type FigureOutOfStep } from '../figures/figure.types.js';

/** Figures in the text that no longer say what the evidence says. */
async function figuresOutOfStep(ctx: Context, sections: Section[]): Promise<FigureOutOfStep[]> {
  const figures = await Promise.all(sections.map((section) => sectionFigures(ctx, section)));
  return sections.flatMap((section, i) => figures[i].filter((f) => f.status !== FigureStatus.CURRENT).map((figure) => ({ section, figure })));
}

/** Word count of each section's current text (from the live-editing feature's read views), or undefined if unavailable. */
async function sectionWordCounts(ctx: Context, sections: Section[]): Promise<Map<string, number> | undefined> {
  const views = await ctx.loaders.sectionViews.loadMany(sections.map((s) => s.id));
  if (views.some((v) => v instanceof Error)) return undefined;
  return new Map(sections.map((s, i) => [s.id, (views[i] as { wordCount: number }).wordCount]));
}

/** Sign-off slots of each section not held by a current approval (from the sign-off feature's records). */
async function missingSignOffs(ctx: Context, sections: Section[]): Promise<MissingSignOff[] | undefined> {
  const status = await statusOf(ctx, sections);
  return sections.flatMap((section, i) => status[i].slots.filter((h) => !h.heldBy).map((h) => ({ section, slotKey: h.slot.key, label: h.slot.label })));
}

/**
 * What stands between the entry and submission. A check whose data another feature owns and
 * cannot supply yet is named in `checksNotRun`, and keeps `ready` false: never a false "ready".
 * Reads through the loaders: a bounded number of statements whatever the entry's size.
 */
export async function readinessOf(ctx: Context, entry: Entry): Promise<Readiness> {
  const sections = await ctx.loaders.sectionsOfEntry.load(entry.id);
  const criteria = (await ctx.loaders.criteriaOfSection.loadMany(sections.map((s) => s.id))).flatMap((c) => (c instanceof Error ? [] : c));
  const covered = await coveredCriteria(
    ctx,
    criteria.map((c) => c.id),
  );
  const uncoveredCriteria = criteria.filter((_, i) => !covered[i]);

  const checksNotRun: string[] = [];
  const counts = await sectionWordCounts(ctx, sections);
  if (!counts) checksNotRun.push('word counts');
  const sectionsOverWordLimit: SectionOverLimit[] = sections.flatMap((section) => {
    const wordCount = counts?.get(section.id) ?? 0;
    return wordCount > section.wordLimit ? [{ section, wordCount, wordLimit: section.wordLimit }] : [];
  });
  const signOffs = await missingSignOffs(ctx, sections);
  if (!signOffs) checksNotRun.push('sign-offs');

  const metrics = await ctx.loaders.metricsOfEntry.load(entry.id);
  const values = await ctx.loaders.valuesOfMetric.loadMany(metrics.map((m) => m.id));
  const missingQuantitativeEvidence: MissingEvidence[] = [];
  if (metrics.length === 0) missingQuantitativeEvidence.push({ message: 'No metric yet: the brief asks for a quantitative measure, before and after, by ethnic group.', metric: null });
  metrics.forEach((metric, i) => {
    const rows = values[i] instanceof Error ? [] : (values[i] as { period: string }[]);
    const order = resolvePeriods(
      rows.map((v) => v.period),
      metric,
    );
    const { periods } = order;
    if (periods.length === 0) missingQuantitativeEvidence.push({ message: `“${metric.name}” has no values yet.`, metric });
    else if (periods.length === 1) missingQuantitativeEvidence.push({ message: `“${metric.name}” has values for one period only (${periods[0]}): add a baseline and a follow-up.`, metric });
    // An order the labels do not tell is never guessed, so the metric shows no change until someone chooses.
    else if (order.order === PeriodOrder.UNCLEAR) missingQuantitativeEvidence.push({ message: `“${metric.name}”: ${order.reason}`, metric });
  });

  // Worded as exports word them (no figure that small numbers would hide), whoever reads readiness.
  const dataQualityWarnings: MissingEvidence[] = metrics.flatMap((metric, i) => {
    const rows = values[i] instanceof Error ? [] : (values[i] as MetricValue[]);
    return analyseMetric(metric, rows, GroupLevel.ONS_GROUP, true, 'export').dataQuality.flags.map((f) => ({ message: `“${metric.name}”: ${f.message}`, metric }));
  });

  const outOfStep = await figuresOutOfStep(ctx, sections);
  const problems = uncoveredCriteria.length + sectionsOverWordLimit.length + (signOffs?.length ?? 0) + missingQuantitativeEvidence.length + outOfStep.length;
  return {
    ready: problems === 0 && checksNotRun.length === 0,
    uncoveredCriteria,
    sectionsOverWordLimit,
    missingSignOffs: signOffs ?? [],
    missingQuantitativeEvidence,
    dataQualityWarnings,
    figuresOutOfStep: outOfStep,
    checksNotRun,
  };
}
