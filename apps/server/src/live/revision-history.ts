import { diffText } from '@quorum/section-content';
import { User } from '../auth/user.entity.js';
import type { Context } from '../common/context.js';
import { notFound } from '../common/errors.js';
import { inTransaction } from '../common/unit-of-work.js';
import { refuseIfFrozen } from '../policy/frozen.js';
import type { Section } from '../sections/section.entity.js';
import { sectionFor } from '../sections/section.service.js';
import { DiffOp } from '../sign-off/sign-off.enums.js';
import type { RevisionDiffPart } from './live.types.js';
import { SectionRevision } from './section-revision.entity.js';

/**
 * History you can compare (issue 11): naming a saved revision, and a word-level diff between
 * two revisions, or a revision and the current text, with who wrote what where known.
 */

/** Names a revision (or clears its name): whoever may edit the section. */
export async function nameRevision(ctx: Context, revisionId: string, name: string | null | undefined): Promise<SectionRevision> {
  const found = await ctx.em.findOne(SectionRevision, revisionId);
  if (!found) throw notFound('Revision');
  const section = await sectionFor(ctx, found.section.id, 'section.edit', 'Revision');
  refuseIfFrozen(section.entry, 'its history can no longer be named');
  const trimmed = name?.trim() || null;
  return inTransaction(ctx, async ({ em }) => {
    const revision = await em.findOneOrFail(SectionRevision, found.id);
    revision.name = trimmed;
    return revision;
  });
}

/**
 * The word diff from one end to the other (null: the current text). Inserted and deleted
 * parts name the people who edited the section between the two ends (each revision records
 * whose edits it holds since the one before; edits not yet in a revision are read from the
 * update log), which is who can have made them; unchanged parts name nobody.
 */
export async function diffRevisions(ctx: Context, section: Section, fromId: string | null | undefined, toId: string | null | undefined): Promise<RevisionDiffPart[]> {
  const ends = await Promise.all([fromId, toId].map((id) => (id == null ? null : revisionOf(ctx, section, id))));
  const [from, to] = ends;
  const current = from == null || to == null ? await ctx.loaders.sectionViews.load(section.id) : null;
  const before = from?.markdown ?? current!.markdown;
  const after = to?.markdown ?? current!.markdown;
  const low = Math.min(from?.version ?? current!.version, to?.version ?? current!.version);
  const high = Math.max(from?.version ?? current!.version, to?.version ?? current!.version);
  const authorIds = await authorsBetween(ctx, section.id, low, high);
  const authors = (await ctx.loaders.user.loadMany(authorIds)).filter((u): u is User => u instanceof User);
  return diffText(before, after).map((p) => ({ op: p.op.toUpperCase() as DiffOp, text: p.text, authors: p.op === 'equal' ? [] : authors }));
}

/** A revision of this section; one of another section is NOT_FOUND, as an unknown one. */
async function revisionOf(ctx: Context, section: Section, id: string): Promise<SectionRevision> {
  const revision = await ctx.em.findOne(SectionRevision, { id, section: section.id });
  if (!revision) throw notFound('Revision');
  return revision;
}

/** Who edited the section after version `low` up to `high`: the revisions' authors, and the logged edits not yet in one. */
async function authorsBetween(ctx: Context, sectionId: string, low: number, high: number): Promise<string[]> {
  if (low === high) return [];
  const [revisions, logged] = await Promise.all([
    ctx.em.execute<{ author_ids: string[] }[]>('select author_ids from section_revisions where section_id = ? and version > ? and version <= ?', [sectionId, low, high]),
    ctx.em.execute<{ author_id: string }[]>('select distinct author_id from section_updates where section_id = ? and version > ? and version <= ? and author_id is not null', [sectionId, low, high]),
  ]);
  return [...new Set([...revisions.flatMap((r) => r.author_ids), ...logged.map((r) => r.author_id)])].sort();
}
