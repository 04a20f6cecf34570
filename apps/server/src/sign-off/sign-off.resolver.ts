import { Args, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { User } from '../auth/user.entity.js';
import { ConnectionType, type Page, PageArgs } from '../common/connection.js';
import type { Context } from '../common/context.js';
import { Access } from '../policy/access.js';
import { Section } from '../sections/section.entity.js';
import { SetSignOffSlotsInput, SignOffSectionInput } from './dto/sign-off.inputs.js';
import { SignOff } from './sign-off.entity.js';
import * as signOffs from './sign-off.service.js';
import { SectionSignOffStatus, SetSignOffSlotsPayload, SignOffSectionPayload, TextDiffPart } from './sign-off.types.js';
import { InputArg } from '../common/input-arg.js';
import { evidenceKey, shownDigest } from './shown-digest.js';

export const SignOffConnection = ConnectionType(SignOff, 'SignOff');

@Resolver(() => SignOff)
export class SignOffResolver {
  // Only from a browser session: the password re-check is for a person, not a script.
  @Authorized(Access.SESSION)
  @Mutation(() => SignOffSectionPayload, {
    description:
      'Sign off a section in your role: approve or request changes, on the content whose `contentHash` you give and the evidence whose `evidenceDigest` you give (CONFLICT if either changed since you read it), with your password (BAD_USER_INPUT on `input.password` if wrong). A submitted entry: CONFLICT.',
  })
  signOffSection(@InputArg(SignOffSectionInput) input: SignOffSectionInput, @Ctx() ctx: Context): Promise<SignOffSectionPayload> {
    return signOffs.signOffSection(ctx, input);
  }

  @Authorized(Access.USER_WRITE)
  @Mutation(() => SetSignOffSlotsPayload, { description: 'Set the sign-offs a section needs (lead only). A submitted entry: CONFLICT.' })
  setSignOffSlots(@InputArg(SetSignOffSlotsInput) input: SetSignOffSlotsInput, @Ctx() ctx: Context): Promise<SetSignOffSlotsPayload> {
    return signOffs.setSignOffSlots(ctx, input);
  }

  @FieldResolver(() => User, { description: 'Who signed.' })
  async signer(@Root() signOff: SignOff, @Ctx() ctx: Context): Promise<User> {
    return (await ctx.loaders.user.load(signOff.signer.id))!;
  }

  @FieldResolver(() => Boolean, { description: 'True when the section has changed since (its content hash differs): shown, never counted.' })
  stale(@Root() signOff: SignOff, @Ctx() ctx: Context): Promise<boolean> {
    return signOffs.isStale(ctx, signOff);
  }

  @FieldResolver(() => Boolean, { description: 'True when the same person signed the section again later.' })
  superseded(@Root() signOff: SignOff, @Ctx() ctx: Context): Promise<boolean> {
    return signOffs.isSuperseded(ctx, signOff);
  }

  @FieldResolver(() => Boolean, { description: 'True while it is neither stale nor superseded: an approval then fills its slot, a change request holds the entry back.' })
  async current(@Root() signOff: SignOff, @Ctx() ctx: Context): Promise<boolean> {
    return !(await signOffs.isStale(ctx, signOff)) && !(await signOffs.isSuperseded(ctx, signOff));
  }

  @FieldResolver(() => [TextDiffPart], {
    description:
      'What changed since it was given; empty while not stale: the section’s text (Markdown, word by word), then one INSERT part per change to the evidence it presents (as in `evidenceChangesSinceSigned`).',
  })
  diffSinceSigned(@Root() signOff: SignOff, @Ctx() ctx: Context): Promise<TextDiffPart[]> {
    return signOffs.diffSince(ctx, signOff);
  }

  @FieldResolver(() => [String], {
    description:
      'What changed since it was given in the evidence the section presents (metrics and testimonials linked to its criteria), one sentence each, e.g. "Metric “Falls”: its values or analysis changed." Names only, never figures, so suppressed values stay hidden from every reader. Empty while the evidence is as signed.',
  })
  evidenceChangesSinceSigned(@Root() signOff: SignOff, @Ctx() ctx: Context): Promise<string[]> {
    return signOffs.evidenceChangesSince(ctx, signOff);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      'Digest of the evidence (linked metrics: definition, settings and values; linked testimonials: wording and consent) the section presented when it was given, as `Section.evidenceDigest` shows it (keyed by the server); any change to the evidence makes the sign-off stale, as a text edit does. Null for sign-offs given before sign-offs covered evidence.',
  })
  async evidenceDigest(@Root() signOff: SignOff, @Ctx() ctx: Context): Promise<string | null> {
    return signOff.evidenceDigest == null ? null : shownDigest(await evidenceKey(ctx), signOff.evidenceDigest);
  }
}

@Resolver(() => Section)
export class SectionSignOffResolver {
  @FieldResolver(() => SignOffConnection, { description: 'Every sign-off given on the section, newest first, current or not.' })
  signOffs(@Root() section: Section, @Ctx() ctx: Context, @Args(() => PageArgs) { first, after }: PageArgs): Promise<Page<SignOff>> {
    return signOffs.signOffsOf(ctx, section, first, after ?? undefined);
  }

  @FieldResolver(() => String, {
    description:
      'Digest of the evidence the section presents now (linked metrics: definition, settings and values; linked testimonials: wording and consent), as `SignOff.evidenceDigest` shows it. Give it with `contentHash` to `signOffSection`, read together with the evidence you were shown: if it changed before you sign, CONFLICT. Keyed by the server (HMAC), so it can be compared but not recomputed from guessed figures.',
  })
  async evidenceDigest(@Root() section: Section, @Ctx() ctx: Context): Promise<string> {
    const [key, evidence] = await Promise.all([evidenceKey(ctx), ctx.loaders.evidenceOfSection.load(section.id)]);
    return shownDigest(key, evidence.digest);
  }

  @FieldResolver(() => SectionSignOffStatus, { description: 'Which sign-off slots current approvals hold, open change requests and stale sign-offs.' })
  async signOffStatus(@Root() section: Section, @Ctx() ctx: Context): Promise<SectionSignOffStatus> {
    const [status] = await signOffs.statusOf(ctx, [section]);
    return {
      slots: status.slots.map(({ slot, heldBy }) => ({ ...slot, held: heldBy !== null, heldBy })),
      openChangeRequests: status.openChangeRequests,
      staleSignOffs: status.stale,
      approved: status.approved,
    };
  }
}
