import type { Context } from '../common/context.js';
import { notFound } from '../common/errors.js';
import { authorizeEntry } from '../policy/entry.policy.js';
import { Section } from './section.entity.js';

/** The section, if the viewer may do `action` in its entry; NOT_FOUND for non-members. */
export async function sectionFor(ctx: Context, sectionId: string, action: Parameters<typeof authorizeEntry>[2]): Promise<Section> {
  // The entry comes in the same query: most callers check its state next.
  const section = await ctx.em.findOne(Section, { id: sectionId.toLowerCase() }, { populate: ['entry'], strategy: 'joined' });
  if (!section) throw notFound('Section');
  await authorizeEntry(ctx, section.entry.id, action);
  return section;
}

export async function setWordLimit(ctx: Context, sectionId: string, wordLimit: number): Promise<Section> {
  const section = await sectionFor(ctx, sectionId, 'entry.configure');
  section.wordLimit = wordLimit;
  await ctx.em.flush();
  return section;
}
