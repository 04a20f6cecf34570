import type { Context } from '../common/context.js';
import { notFound } from '../common/errors.js';
import type { EntryAction } from '@quorum/domain';
import type { Membership } from '../entries/membership.entity.js';
import { authorizeEntry } from '../policy/entry.policy.js';
import { Section } from './section.entity.js';

/** The section, if the viewer may do `action` in its entry; NOT_FOUND for non-members. */
export async function sectionFor(ctx: Context, sectionId: string, action: EntryAction): Promise<Section> {
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

// A section never moves to another entry, so which entry it belongs to can be remembered.
const entryOfSection = new Map<string, string>();

/**
 * The entry a section belongs to, and the viewer's membership of it checked for `action`:
 * for the hot path of live editing, where this costs one query (the membership, with its
 * entry) instead of three.
 */
export async function authorizeSection(ctx: Context, sectionId: string, action: EntryAction): Promise<Membership> {
  const id = sectionId.toLowerCase();
  let entryId = entryOfSection.get(id);
  if (!entryId) {
    entryId = (await sectionFor(ctx, id, action)).entry.id;
    if (entryOfSection.size > 100_000) entryOfSection.clear();
    entryOfSection.set(id, entryId);
  }
  return authorizeEntry(ctx, entryId, action);
}
