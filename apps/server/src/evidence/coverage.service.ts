import { LockMode, type EntityName } from '@mikro-orm/core';
import type { Context } from '../common/context.js';
import { badInput, notFound } from '../common/errors.js';
import { Criterion } from '../sections/criterion.entity.js';
import { Section } from '../sections/section.entity.js';
import { makeAnchor } from '../comments/comment.service.js';
import { CriterionLink } from './criterion-link.entity.js';
import { CriterionPassage } from './criterion-passage.entity.js';
import type { LinkCriterionInput } from './dto/evidence.inputs.js';
import { authorizeEvidenceWrite } from './evidence.policy.js';
import { Metric } from './metric.entity.js';
import { Testimonial } from './testimonial.entity.js';
import { inTransaction } from '../common/unit-of-work.js';
import { settleAfterEvidenceChange } from '../sign-off/stale-sign-offs.js';
import { actorOf } from '../sign-off/workflow.service.js';

const TARGETS = [
  { key: 'section', field: 'sectionIds', entity: Section, what: 'sections' },
  { key: 'metric', field: 'metricIds', entity: Metric, what: 'metrics' },
  { key: 'testimonial', field: 'testimonialIds', entity: Testimonial, what: 'testimonials' },
] as const;

type NewPassage = { sectionId: string; anchorStart: Buffer; anchorEnd: Buffer; anchorQuote: string };

/**
 * The passages the input keeps (by id) and the new ones, anchored in their sections' current
 * documents. Read before the transaction, as comments' anchors are (the live document is a read).
 */
async function passagesOf(ctx: Context, entryId: string, input: LinkCriterionInput): Promise<{ keep: string[]; add: NewPassage[] } | undefined> {
  if (input.passages == null) return undefined;
  const sections = new Set((await ctx.loaders.sectionsOfEntry.load(entryId)).map((s) => s.id));
  const keep: string[] = [];
  const add: NewPassage[] = [];
  for (const [i, given] of input.passages.entries()) {
    const field = `input.passages.${i}`;
    if (given.id != null) {
      if (given.sectionId != null || given.anchor != null) throw badInput(field, 'Give either the id of a linked passage, or sectionId and anchor for new words.');
      keep.push(given.id);
    } else if (given.sectionId != null && given.anchor != null) {
      if (!sections.has(given.sectionId)) throw badInput(`${field}.sectionId`, 'That section is not in this entry.');
      add.push({ sectionId: given.sectionId, ...(await makeAnchor(ctx, given.sectionId, given.anchor, `${field}.anchor`)) });
    } else {
      throw badInput(field, 'Give either the id of a linked passage, or sectionId and anchor for new words.');
    }
  }
  return { keep: [...new Set(keep)], add };
}

/**
 * Sets what answers a criterion. Each list given replaces the links of its kind (so a
 * checklist UI sends the whole selection); targets must belong to the criterion's entry.
 * Passages answer it too, anchored in the text as comments are (criterion-passages.ts).
 */
export async function linkCriterion(ctx: Context, input: LinkCriterionInput): Promise<Criterion> {
  const criterion = await ctx.em.findOne(Criterion, { id: input.criterionId }, { populate: ['section'] });
  if (!criterion) throw notFound('Criterion');
  const entryId = criterion.section.entry.id;
  await authorizeEvidenceWrite(ctx, entryId, 'evidence.edit', 'Criterion');
  const passages = await passagesOf(ctx, entryId, input);
  await inTransaction(ctx, async ({ em, events }) => {
    // Writers of one criterion take turns: two at once both deleted the old links, then both
    // inserted theirs, and the second broke the unique (criterion, target) constraint.
    await em.findOne(Criterion, criterion.id, { lockMode: LockMode.PESSIMISTIC_WRITE });
    const chosen: { key: (typeof TARGETS)[number]['key']; ids: string[] }[] = [];
    for (const { key, field, entity, what } of TARGETS) {
      const given = input[field];
      if (given == null) continue;
      const ids = [...new Set(given)];
      // Read FOR SHARE, in the transaction: a target deleted at this moment is either gone
      // here (refused) or waits until these links are in, instead of breaking their foreign key.
      const found = ids.length ? (await em.find(entity as EntityName<{ id: string }>, { id: { $in: ids }, entry: entryId } as never, { lockMode: LockMode.PESSIMISTIC_READ })).length : 0;
      if (found !== ids.length) throw badInput(`input.${field}`, `Some of the ${what} are not in this entry.`);
      chosen.push({ key, ids });
    }
    if (passages) {
      const kept = passages.keep.length ? await em.count(CriterionPassage, { id: { $in: passages.keep }, criterion: criterion.id }) : 0;
      if (kept !== passages.keep.length) throw badInput('input.passages', 'Some of the passages are not linked to this criterion.');
      await em.nativeDelete(CriterionPassage, { criterion: criterion.id, id: { $nin: passages.keep } });
      for (const p of passages.add) em.create(CriterionPassage, { criterion: criterion.id, section: p.sectionId, anchorStart: p.anchorStart, anchorEnd: p.anchorEnd, anchorQuote: p.anchorQuote });
    }
    for (const { key, ids } of chosen) {
      await em.nativeDelete(CriterionLink, { criterion: criterion.id, [key]: { $ne: null } });
      for (const id of ids) em.create(CriterionLink, { criterion: criterion.id, [key]: id });
    }
    // What the section presents may have changed: its sign-offs cover that too (sign-off/evidence-digest.ts).
    if (chosen.some((c) => c.key !== 'section')) await settleAfterEvidenceChange(em, ctx.app, entryId, actorOf(ctx), events);
  });
  return criterion;
}
