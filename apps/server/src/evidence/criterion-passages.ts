import { encodeBase64Update } from '@quorum/section-content';
import type { Context } from '../common/context.js';
import { indexAt, resolveAnchor } from '../comments/comment-anchor.js';
import type { CriterionPassage } from './criterion-passage.entity.js';
import type { LinkedPassage } from './criterion-passage.types.js';

/** Where each passage is now, read from its section's current document (the comments' loader). */
export async function passagesNow(ctx: Context, rows: CriterionPassage[]): Promise<LinkedPassage[]> {
  const docs = await ctx.loaders.liveDocument.loadMany(rows.map((r) => r.section.id));
  return rows.map((row, i) => {
    const live = docs[i];
    if (live instanceof Error) throw live;
    const now = resolveAnchor(live.doc, indexAt(live.doc, live.version), row.anchorStart, row.anchorEnd);
    return {
      id: row.id,
      section: row.section,
      quote: now.text,
      quoteWhenLinked: row.anchorQuote,
      lost: now.deleted,
      from: now.from,
      to: now.to,
      start: encodeBase64Update(row.anchorStart),
      end: encodeBase64Update(row.anchorEnd),
    };
  });
}

/** Whether each criterion is answered: by a section, metric or testimonial, or by a passage still in the text. */
export async function coveredCriteria(ctx: Context, criterionIds: string[]): Promise<boolean[]> {
  const [links, passages] = await Promise.all([ctx.loaders.linksOfCriterion.loadMany(criterionIds), ctx.loaders.passagesOfCriterion.loadMany(criterionIds)]);
  const live = await Promise.all(passages.map((p) => (p instanceof Error ? Promise.resolve([]) : passagesNow(ctx, p))));
  return criterionIds.map((_, i) => {
    const linked = links[i];
    if (linked instanceof Error) throw linked;
    return linked.length > 0 || live[i].some((p) => !p.lost);
  });
}
