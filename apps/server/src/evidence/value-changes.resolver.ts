import { UNSUPPRESSED_ROLES } from '@quorum/domain';
import { ethnicCategoryLabel, type EthnicCategoryCode } from '@quorum/stats';
import { Ctx, Field, FieldResolver, ObjectType, Resolver, Root } from 'type-graphql';
import { ActivityItem, ActivityKind } from '../activity/activity.types.js';
import { AuditAction, AuditEvent } from '../audit/audit-event.entity.js';
import type { Context } from '../common/context.js';
import { CellFigures } from './evidence.types.js';
import type { CellChange, StoredFigures } from './value-audit.js';

@ObjectType({ description: 'A cell’s figures before or after a change (those of the metric’s other kind are null).' })
export class ChangedFigures extends CellFigures {}

@ObjectType({ description: 'One cell of a metric (a period, an ethnic category and, for a rate entered by age band, an age band) that a write changed.' })
export class MetricValueChange {
  @Field(() => String, { description: 'The period.' })
  period!: string;

  @Field(() => String, { description: 'NHS ethnic category code.' })
  ethnicCode!: string;

  @Field(() => String, { description: 'What the code means.' })
  ethnicCategory!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'The age band (2013 European Standard Population, e.g. "85-89"), for a rate entered by age band; null for a value for all ages. Shown to everyone who sees the cell, like the period and code.',
  })
  ageBand!: string | null;

  @Field(() => Boolean, { description: 'False when you may not see every value unsuppressed: `before` and `after` are then null whatever they were.' })
  figuresShown!: boolean;

  @Field(() => ChangedFigures, { nullable: true, description: 'The figures before (null for a cell added, or when not shown to you).' })
  before!: ChangedFigures | null;

  @Field(() => ChangedFigures, { nullable: true, description: 'The figures after (null for a cell removed by a replacing import, or when not shown to you).' })
  after!: ChangedFigures | null;
}

/** Whether the viewer sees every value of the entry's metrics unsuppressed (an analyst). */
async function seesValues(ctx: Context, entryId: string): Promise<boolean> {
  const membership = await ctx.loaders.viewerMembership.load(entryId);
  return !!membership && UNSUPPRESSED_ROLES.includes(membership.role);
}

function changesOf(cells: unknown, shown: boolean): MetricValueChange[] {
  if (!Array.isArray(cells)) return [];
  return (cells as CellChange[]).map((c) => ({
    period: c.period,
    ethnicCode: c.ethnicCode,
    ethnicCategory: ethnicCategoryLabel(c.ethnicCode as EthnicCategoryCode),
    ageBand: c.ageBand || null,
    figuresShown: shown,
    before: shown ? (c.before as StoredFigures | null) : null,
    after: shown ? (c.after as StoredFigures | null) : null,
  }));
}

/**
 * A value-change record's details as the viewer may read them: the figures before and after
 * only for those who see every value; for anyone else, the cells without their figures (a lead
 * reading the log must not learn a suppressed count from it).
 */
export async function auditDataFor(ctx: Context, event: AuditEvent): Promise<Record<string, unknown>> {
  if (event.action !== AuditAction.METRIC_VALUES_CHANGED || (await seesValues(ctx, event.entryId))) return event.data;
  const cells = Array.isArray(event.data.cells) ? (event.data.cells as CellChange[]) : [];
  // Which cells changed (with a rate's age band), never their figures.
  return {
    ...event.data,
    cells: cells.map((c) => ({ period: c.period, ethnicCode: c.ethnicCode, ...(c.ageBand ? { ageBand: c.ageBand } : {}), before: null, after: null })),
    figuresWithheld: true,
  };
}

@Resolver(() => ActivityItem)
export class ActivityValueChangesResolver {
  @FieldResolver(() => [MetricValueChange], {
    nullable: true,
    description: 'For METRIC_VALUES_CHANGED: the cells changed, with their figures before and after for those who may see every value. Null for other kinds.',
  })
  async valueChanges(@Root() item: ActivityItem, @Ctx() ctx: Context): Promise<MetricValueChange[] | null> {
    if (item.kind !== ActivityKind.METRIC_VALUES_CHANGED) return null;
    return changesOf(item.details.cells, await seesValues(ctx, item.entryId));
  }
}

@Resolver(() => AuditEvent)
export class AuditValueChangesResolver {
  @FieldResolver(() => [MetricValueChange], {
    nullable: true,
    description: 'For METRIC_VALUES_CHANGED: the cells changed, with their figures before and after for those who may see every value. Null for other actions.',
  })
  async valueChanges(@Root() event: AuditEvent, @Ctx() ctx: Context): Promise<MetricValueChange[] | null> {
    if (event.action !== AuditAction.METRIC_VALUES_CHANGED) return null;
    return changesOf(event.data.cells, await seesValues(ctx, event.entryId));
  }
}
