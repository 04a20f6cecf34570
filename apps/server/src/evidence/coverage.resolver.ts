import { Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../common/context.js';
import { Access } from '../policy/access.js';
import { Criterion } from '../sections/criterion.entity.js';
import { Section } from '../sections/section.entity.js';
import { LinkCriterionInput } from './dto/evidence.inputs.js';
import { LinkCriterionPayload } from './dto/evidence.payloads.js';
import { linkCriterion } from './coverage.service.js';
import { Metric } from './metric.entity.js';
import { Testimonial } from './testimonial.entity.js';
import { InputArg } from '../common/input-arg.js';
import { LinkedPassage } from './criterion-passage.types.js';
import { coveredCriteria, passagesNow } from './criterion-passages.js';

/** Criteria coverage: what answers each judging criterion. Adds fields to `Criterion`, reached through an authorised entry. */
@Resolver(() => Criterion)
export class CoverageResolver {
  @Authorized(Access.USER_WRITE)
  @Mutation(() => LinkCriterionPayload, { description: 'Set the sections, metrics, testimonials and passages of the text that answer a criterion. Roles that edit sections.' })
  async linkCriterion(@InputArg(LinkCriterionInput) input: LinkCriterionInput, @Ctx() ctx: Context): Promise<LinkCriterionPayload> {
    return { criterion: await linkCriterion(ctx, input) };
  }

  @FieldResolver(() => [Section], { description: 'Sections linked as answering this criterion.' })
  async linkedSections(@Root() criterion: Criterion, @Ctx() ctx: Context): Promise<Section[]> {
    return (await ctx.loaders.linksOfCriterion.load(criterion.id)).flatMap((l) => (l.section ? [l.section] : []));
  }

  @FieldResolver(() => [Metric], { description: 'Metrics linked as answering this criterion.' })
  async linkedMetrics(@Root() criterion: Criterion, @Ctx() ctx: Context): Promise<Metric[]> {
    return (await ctx.loaders.linksOfCriterion.load(criterion.id)).flatMap((l) => (l.metric ? [l.metric] : []));
  }

  @FieldResolver(() => [Testimonial], { description: 'Testimonials linked as answering this criterion.' })
  async linkedTestimonials(@Root() criterion: Criterion, @Ctx() ctx: Context): Promise<Testimonial[]> {
    return (await ctx.loaders.linksOfCriterion.load(criterion.id)).flatMap((l) => (l.testimonial ? [l.testimonial] : []));
  }

  @FieldResolver(() => [LinkedPassage], { description: 'Passages of the text linked as answering this criterion, as they read now (lost ones included, marked).' })
  async passages(@Root() criterion: Criterion, @Ctx() ctx: Context): Promise<LinkedPassage[]> {
    return passagesNow(ctx, await ctx.loaders.passagesOfCriterion.load(criterion.id));
  }

  @FieldResolver(() => Boolean, { description: 'True when at least one section, metric or testimonial is linked, or a linked passage is still in the text.' })
  async covered(@Root() criterion: Criterion, @Ctx() ctx: Context): Promise<boolean> {
    return (await coveredCriteria(ctx, [criterion.id]))[0];
  }
}
