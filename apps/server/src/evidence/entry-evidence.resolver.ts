import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../common/context.js';
import { Entry } from '../entries/entry.entity.js';
import { ConsentStatus } from './evidence.enums.js';
import { Readiness } from './evidence.types.js';
import { Metric } from './metric.entity.js';
import { readinessOf } from './readiness.service.js';
import { Testimonial } from './testimonial.entity.js';

// Adds the evidence to `Entry`; like Entry's own fields, these run only for entries already
// authorised (any member may read them), so they read through the loaders.
@Resolver(() => Entry)
export class EntryEvidenceResolver {
  @FieldResolver(() => [Metric], { description: 'The entry’s metrics, oldest first (at most 50).' })
  metrics(@Root() entry: Entry, @Ctx() ctx: Context): Promise<Metric[]> {
    return ctx.loaders.metricsOfEntry.load(entry.id);
  }

  @FieldResolver(() => [Testimonial], { description: 'The entry’s testimonials, oldest first (at most 200).' })
  async testimonials(
    @Root() entry: Entry,
    @Ctx() ctx: Context,
    @Arg('consentedOnly', () => Boolean, { defaultValue: false, description: 'Only those with consent recorded as given: what an export may use.' }) consentedOnly: boolean,
  ): Promise<Testimonial[]> {
    const all = await ctx.loaders.testimonialsOfEntry.load(entry.id);
    return consentedOnly ? all.filter((t) => t.consentStatus === ConsentStatus.GIVEN) : all;
  }

  @FieldResolver(() => Readiness, { description: 'What stands between the entry and submission: uncovered criteria, sections over their limit, missing sign-offs and quantitative evidence.' })
  readiness(@Root() entry: Entry, @Ctx() ctx: Context): Promise<Readiness> {
    return readinessOf(ctx, entry);
  }
}
