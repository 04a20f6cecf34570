import { ETHNIC_CATEGORIES } from '@quorum/stats';
import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../common/context.js';
import { Access } from '../policy/access.js';
import { CreateMetricInput, DeleteMetricInput, ImportMetricValuesInput, SetMetricValuesInput, UpdateMetricInput } from './dto/evidence.inputs.js';
import { DeleteMetricPayload, MetricPayload, MetricValuesPayload } from './dto/evidence.payloads.js';
import { GroupLevel } from './evidence.enums.js';
import { EthnicCategory, MetricAnalysis, MetricValueView } from './evidence.types.js';
import { Metric } from './metric.entity.js';
import * as metrics from './metric.service.js';
import { InputArg } from '../common/input-arg.js';

// Field resolvers run only for metrics reached through an authorised entry or payload.
@Resolver(() => Metric)
export class MetricResolver {
  @Authorized(Access.USER)
  @Query(() => [EthnicCategory], { description: 'The NHS Data Dictionary ethnic category codes that values use, with their ONS high-level groups.' })
  ethnicCategories(): EthnicCategory[] {
    return ETHNIC_CATEGORIES.map((c) => ({ code: c.code, label: c.label, onsGroup: c.group }));
  }

  @Authorized(Access.USER_WRITE)
  @Mutation(() => MetricPayload, { description: 'Define a metric for an entry. Roles that edit sections.' })
  async createMetric(@InputArg(CreateMetricInput) input: CreateMetricInput, @Ctx() ctx: Context): Promise<MetricPayload> {
    return { metric: await metrics.createMetric(ctx, input) };
  }

  @Authorized(Access.USER_WRITE)
  @Mutation(() => MetricPayload, { description: 'Change a metric’s definition or settings. Roles that edit sections.' })
  async updateMetric(@InputArg(UpdateMetricInput) input: UpdateMetricInput, @Ctx() ctx: Context): Promise<MetricPayload> {
    return { metric: await metrics.updateMetric(ctx, input) };
  }

  @Authorized(Access.USER_WRITE)
  @Mutation(() => DeleteMetricPayload, { description: 'Delete a metric with its values and criteria links. Roles that edit sections.' })
  deleteMetric(@InputArg(DeleteMetricInput) input: DeleteMetricInput, @Ctx() ctx: Context): Promise<DeleteMetricPayload> {
    return metrics.deleteMetric(ctx, input.metricId);
  }

  @Authorized(Access.USER_WRITE)
  @Mutation(() => MetricValuesPayload, {
    description: 'Write values per period and ethnic code. All or nothing: any bad value gives BAD_USER_INPUT with `extensions.fields` listing each one.',
  })
  setMetricValues(@InputArg(SetMetricValuesInput) input: SetMetricValuesInput, @Ctx() ctx: Context): Promise<MetricValuesPayload> {
    return metrics.setMetricValues(ctx, input);
  }

  @Authorized(Access.USER_WRITE)
  @Mutation(() => MetricValuesPayload, {
    description:
      'Import values from CSV text. All or nothing: a file with any bad row imports nothing and gives BAD_USER_INPUT with `extensions.problems`, one `{ line, column, columnNumber, reason }` per problem.',
  })
  importMetricValues(@InputArg(ImportMetricValuesInput) input: ImportMetricValuesInput, @Ctx() ctx: Context): Promise<MetricValuesPayload> {
    return metrics.importMetricValues(ctx, input);
  }

  @FieldResolver(() => [String], { description: 'The periods with values, in natural order.' })
  periods(@Root() metric: Metric, @Ctx() ctx: Context): Promise<string[]> {
    return metrics.metricPeriods(ctx, metric);
  }

  @FieldResolver(() => [MetricValueView], { description: 'The values as entered, by period then code. Small numbers are hidden (null, `suppressed`) from all roles but analysts.' })
  values(@Root() metric: Metric, @Ctx() ctx: Context): Promise<MetricValueView[]> {
    return metrics.metricValues(ctx, metric);
  }

  @FieldResolver(() => MetricAnalysis, {
    description: 'Each group’s value, change and gap with the reference group, with 95% intervals and sentences. Small numbers are hidden from all roles but analysts.',
  })
  analysis(
    @Root() metric: Metric,
    @Ctx() ctx: Context,
    @Arg('level', () => GroupLevel, { defaultValue: GroupLevel.ONS_GROUP, description: 'ONS high-level groups (default) or detailed ethnic categories.' }) level: GroupLevel,
  ): Promise<MetricAnalysis> {
    return metrics.metricAnalysis(ctx, metric, level);
  }
}
