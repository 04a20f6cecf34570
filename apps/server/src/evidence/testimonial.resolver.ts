import { roleCan } from '@quorum/domain';
import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { User } from '../auth/user.entity.js';
import type { Context } from '../common/context.js';
import { Access } from '../policy/access.js';
import { AddTestimonialInput, RecordConsentInput } from './dto/evidence.inputs.js';
import { TestimonialPayload } from './dto/evidence.payloads.js';
import { ConsentStatus } from './evidence.enums.js';
import { Testimonial } from './testimonial.entity.js';
import { addTestimonial, ANONYMOUS_CITATION, recordConsent } from './testimonial.service.js';

// Field resolvers run only for testimonials reached through an authorised entry or payload.
@Resolver(() => Testimonial)
export class TestimonialResolver {
  @Authorized(Access.USER_WRITE)
  @Mutation(() => TestimonialPayload, { description: 'Add a testimonial, anonymised by default. Roles that comment, patient representatives included.' })
  async addTestimonial(@Arg('input', () => AddTestimonialInput) input: AddTestimonialInput, @Ctx() ctx: Context): Promise<TestimonialPayload> {
    return { testimonial: await addTestimonial(ctx, input) };
  }

  @Authorized(Access.USER_WRITE)
  @Mutation(() => TestimonialPayload, { description: 'Record that consent was given or withdrawn, with its date; you are recorded as the recorder. Roles that may add testimonials.' })
  async recordConsent(@Arg('input', () => RecordConsentInput) input: RecordConsentInput, @Ctx() ctx: Context): Promise<TestimonialPayload> {
    return { testimonial: await recordConsent(ctx, input) };
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Who said it, as recorded. For an anonymised testimonial only those who may add testimonials see it (they handle consent); others get null.',
  })
  async attribution(@Root() testimonial: Testimonial, @Ctx() ctx: Context): Promise<string | null> {
    if (!testimonial.anonymised) return testimonial.attribution ?? null;
    const membership = await ctx.loaders.viewerMembership.load(testimonial.entry.id);
    return membership && roleCan(membership.role, 'testimonial.add') ? (testimonial.attribution ?? null) : null;
  }

  @FieldResolver(() => String, { description: 'How the entry cites it: "A patient" (and so on) when anonymised, else the attribution.' })
  citedAs(@Root() testimonial: Testimonial): string {
    return (!testimonial.anonymised && testimonial.attribution) || ANONYMOUS_CITATION[testimonial.source];
  }

  @FieldResolver(() => Boolean, { description: 'True when consent is recorded as given: only these go into exports.' })
  exportable(@Root() testimonial: Testimonial): boolean {
    return testimonial.consentStatus === ConsentStatus.GIVEN;
  }

  @FieldResolver(() => User, { description: 'Who added it.' })
  async addedBy(@Root() testimonial: Testimonial, @Ctx() ctx: Context): Promise<User> {
    return (await ctx.loaders.user.load(testimonial.addedBy.id))!;
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who recorded the consent.' })
  async consentRecordedBy(@Root() testimonial: Testimonial, @Ctx() ctx: Context): Promise<User | null> {
    return testimonial.consentRecordedBy ? ((await ctx.loaders.user.load(testimonial.consentRecordedBy.id)) ?? null) : null;
  }
}
