import { LockMode, type EntityName } from '@mikro-orm/core';
import type { Context } from '../common/context.js';
import { badInput, notFound } from '../common/errors.js';
import { Criterion } from '../sections/criterion.entity.js';
import { Section } from '../sections/section.entity.js';
import { CriterionLink } from './criterion-link.entity.js';
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

/**
 * Sets what answers a criterion. Each list given replaces the links of its kind (so a
 * checklist UI sends the whole selection); targets must belong to the criterion's entry.
 */
export async function linkCriterion(ctx: Context, input: LinkCriterionInput): Promise<Criterion> {
  const criterion = await ctx.em.findOne(Criterion, { id: input.criterionId }, { populate: ['section'] });
  if (!criterion) throw notFound('Criterion');
  const entryId = criterion.section.entry.id;
  await authorizeEvidenceWrite(ctx, entryId, 'evidence.edit', 'Criterion');
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
    for (const { key, ids } of chosen) {
      await em.nativeDelete(CriterionLink, { criterion: criterion.id, [key]: { $ne: null } });
      for (const id of ids) em.create(CriterionLink, { criterion: criterion.id, [key]: id });
    }
    // What the section presents may have changed: its sign-offs cover that too (sign-off/evidence-digest.ts).
    if (chosen.some((c) => c.key !== 'section')) await settleAfterEvidenceChange(em, ctx.app, entryId, actorOf(ctx), events);
  });
  return criterion;
}
