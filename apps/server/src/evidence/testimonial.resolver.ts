import { Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { User } from '../auth/user.entity.js';
import type { Context } from '../common/context.js';
import { Access } from '../policy/access.js';
import { AddTestimonialInput, DeleteTestimonialInput, RecordConsentInput, UpdateTestimonialInput } from './dto/evidence.inputs.js';
import { DeleteTestimonialPayload, TestimonialPayload, UpdateTestimonialPayload } from './dto/evidence.payloads.js';
import { Testimonial } from './testimonial.entity.js';
import { addTestimonial, citedAs, deleteTestimonial, isExportable, recordConsent, updateTestimonial } from './testimonial.service.js';
import { attributionVisibleTo } from '../policy/testimonial.policy.js';
import { InputArg } from '../common/input-arg.js';

// Field resolvers run only for testimonials reached through an authorised entry or payload.
@Resolver(() => Testimonial)
export class TestimonialResolver {
  @Authorized(Access.USER_WRITE)
  @Mutation(() => TestimonialPayload, { description: 'Add a testimonial, anonymised by default. Roles that comment, patient representatives included.' })
  async addTestimonial(@InputArg(AddTestimonialInput) input: AddTestimonialInput, @Ctx() ctx: Context): Promise<TestimonialPayload> {
    return { testimonial: await addTestimonial(ctx, input) };
  }

  @Authorized(Access.USER_WRITE)
  @Mutation(() => TestimonialPayload, { description: 'Record that consent was given or withdrawn, with its date; you are recorded as the recorder. Roles that may add testimonials.' })
  async recordConsent(@InputArg(RecordConsentInput) input: RecordConsentInput, @Ctx() ctx: Context): Promise<TestimonialPayload> {
    return { testimonial: await recordConsent(ctx, input) };
  }

  @Authorized(Access.USER_WRITE)
  @Mutation(() => UpdateTestimonialPayload, {
    description:
      'Correct a testimonial’s quote, source, attribution or anonymisation. Consent given is reset to NOT_RECORDED (and the testimonial is no longer exported) when the words change, or when the entry would now name the person differently, since consent was given for what was there before; withdrawn consent stays withdrawn. Roles that may add testimonials.',
  })
  updateTestimonial(@InputArg(UpdateTestimonialInput) input: UpdateTestimonialInput, @Ctx() ctx: Context): Promise<UpdateTestimonialPayload> {
    return updateTestimonial(ctx, input);
  }

  @Authorized(Access.USER_WRITE)
  @Mutation(() => DeleteTestimonialPayload, {
    description: 'Delete a testimonial for good (e.g. when the person asks for it to be removed), with its links to judging criteria. Roles that may add testimonials.',
  })
  deleteTestimonial(@InputArg(DeleteTestimonialInput) input: DeleteTestimonialInput, @Ctx() ctx: Context): Promise<DeleteTestimonialPayload> {
    return deleteTestimonial(ctx, input.testimonialId);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Who said it, as recorded. For an anonymised testimonial only those who may add testimonials see it (they handle consent); others get null.',
  })
  async attribution(@Root() testimonial: Testimonial, @Ctx() ctx: Context): Promise<string | null> {
    const membership = testimonial.anonymised ? await ctx.loaders.viewerMembership.load(testimonial.entry.id) : undefined;
    return attributionVisibleTo(membership?.role, testimonial) ? (testimonial.attribution ?? null) : null;
  }

  @FieldResolver(() => String, { description: 'How the entry cites it: "A patient" (and so on) when anonymised, else the attribution.' })
  citedAs(@Root() testimonial: Testimonial): string {
    return citedAs(testimonial);
  }

  @FieldResolver(() => Boolean, { description: 'True when consent is recorded as given: only these go into exports.' })
  exportable(@Root() testimonial: Testimonial): boolean {
    return isExportable(testimonial);
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
