import { rewordFigure, unlinkFigure, type FigureRun, type toProseMirrorDoc } from '@quorum/section-content';
import type { Context } from '../common/context.js';
import { conflict, notFound } from '../common/errors.js';
import type { GroupLevel } from '../evidence/evidence.enums.js';
import type { Metric } from '../evidence/metric.entity.js';
import { metricAnalysis } from '../evidence/metric.service.js';
import { writeSectionDoc } from '../live/section-live.service.js';
import { requireViewer } from '../policy/access.js';
import { refuseIfFrozen } from '../policy/frozen.js';
import type { Section } from '../sections/section.entity.js';
import { sectionFor } from '../sections/section.service.js';
import { FigureStatus, type FigureInput, type FigurePayload, type SectionFigure } from './figure.types.js';

/*
 * Figures from the evidence (docs/architecture.md, Figures): the marks are in the section's Yjs
 * document (packages/section-content figures.ts); this compares their words with what the
 * metric's analysis says now, and rewords or unlinks them as an ordinary edit.
 */

/** The words the analysis gives now for each figure's source, worked out once per metric and grouping. */
async function wordingsFor(ctx: Context, section: Section, runs: FigureRun[]): Promise<{ metric: Metric | null; wording: string | null }[]> {
  // Only the entry's own metrics: a figure naming another entry's says nothing of it.
  const metrics = new Map((await ctx.loaders.metricsOfEntry.load(section.entry.id)).map((m) => [m.id, m]));
  const analyses = new Map<string, ReturnType<typeof metricAnalysis>>();
  return Promise.all(
    runs.map(async (run) => {
      const metric = metrics.get(run.metricId) ?? null;
      if (!metric) return { metric, wording: null };
      const key = `${metric.id}:${run.level}`;
      if (!analyses.has(key)) analyses.set(key, metricAnalysis(ctx, metric, run.level as GroupLevel));
      // The sentences are those of the suppressed analysis for every viewer (metric.service.ts), so the words are the same whoever reads.
      const group = (await analyses.get(key)!).groups.find((g) => g.group === run.group);
      return { metric, wording: (run.kind === 'CHANGE' ? group?.changeSentence : group?.gapSentence) ?? null };
    }),
  );
}

export async function sectionFigures(ctx: Context, section: Section): Promise<SectionFigure[]> {
  const runs = await ctx.loaders.sectionFigureRuns.load(section.id);
  if (!runs.length) return [];
  const wordings = await wordingsFor(ctx, section, runs);
  return runs.map((run, i) => {
    const { metric, wording } = wordings[i];
    const status = wording === null ? FigureStatus.UNAVAILABLE : wording === run.text ? FigureStatus.CURRENT : FigureStatus.STALE;
    return { metricId: run.metricId, metric, level: run.level as GroupLevel, group: run.group, kind: run.kind, text: run.text, currentWording: wording, status };
  });
}

/** The figure as the caller read it, in a section they may edit; CONFLICT if its words changed since. */
async function figureAsRead(ctx: Context, input: FigureInput) {
  const section = await sectionFor(ctx, input.sectionId, 'section.edit');
  refuseIfFrozen(section.entry, 'its text is frozen');
  const figures = (await sectionFigures(ctx, section)).filter((f) => f.metricId === input.metricId && f.level === input.level && f.group === input.group && f.kind === input.kind);
  const figure = figures.find((f) => f.text === input.text);
  if (!figure) {
    if (figures.length) throw conflict('The figure’s words have changed since you read them: read the section’s figures again.', { field: 'input.text' });
    throw notFound('Figure');
  }
  return { section, figure, source: { metricId: input.metricId, level: input.level, group: input.group, kind: input.kind } };
}

type PMNode = ReturnType<typeof toProseMirrorDoc>;

/** The document `change` gives from the text as it is when written (others may have typed since it was read); CONFLICT if the figure's words no longer read as read. */
const asWritten =
  (change: (doc: PMNode) => PMNode | null) =>
  (doc: PMNode): PMNode => {
    const next = change(doc);
    if (!next) throw conflict('The figure’s words have changed since you read them: read the section’s figures again.', { field: 'input.text' });
    return next;
  };

/** Puts the analysis' current wording in place of the figure's words: an edit like any other (approvals of the old words go stale), saved as a revision. */
export async function updateFigure(ctx: Context, input: FigureInput): Promise<FigurePayload> {
  const { user } = requireViewer(ctx);
  const { section, figure, source } = await figureAsRead(ctx, input);
  if (figure.currentWording === null)
    throw conflict('The evidence no longer gives this figure (its metric was deleted, or its group has no data or is withheld): keep the words as written or delete them.', {
      field: 'input.metricId',
    });
  if (figure.status === FigureStatus.STALE)
    await writeSectionDoc(
      ctx,
      section.id,
      asWritten((doc) => rewordFigure(doc, source, input.text, figure.currentWording!)),
      `figure:${user.id}`,
      'figure',
      'input.text',
    );
  return { section };
}

/** Keeps the figure's words as written, no longer followed. */
export async function unlinkFigureWords(ctx: Context, input: FigureInput): Promise<FigurePayload> {
  const { user } = requireViewer(ctx);
  const { section, source } = await figureAsRead(ctx, input);
  await writeSectionDoc(
    ctx,
    section.id,
    asWritten((doc) => unlinkFigure(doc, source, input.text)),
    `figure:${user.id}`,
    'figure',
    'input.text',
  );
  return { section };
}
