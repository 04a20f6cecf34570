import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root, Subscription, type SubscribeResolverData } from 'type-graphql';
import { User } from '../auth/user.entity.js';
import { ConnectionType, findPage, type Page, PageArgs } from '../common/connection.js';
import type { Context } from '../common/context.js';
import { Access } from '../policy/access.js';
import { AccessEnded, eventOrEnd, whileAllowed } from '../policy/still-allowed.js';
import { SectionPayload } from '../sections/dto/section.payloads.js';
import { Section } from '../sections/section.entity.js';
import { sectionFor } from '../sections/section.service.js';
import { ApplySectionUpdateInput, NameSectionRevisionInput, ReplaceSectionContentInput, RestoreSectionRevisionInput } from './live.inputs.js';
import { ApplySectionUpdatePayload, NameSectionRevisionPayload, RevisionDiffPart, SectionRelayEvent, SectionSync, SectionUpdateEvent } from './live.types.js';
import { diffRevisions, nameRevision } from './revision-history.js';
import { relayEvents, sectionEvents } from './section-events.js';
import { SectionRevision } from './section-revision.entity.js';
import * as live from './section-live.service.js';
import { InputArg } from '../common/input-arg.js';

export const SectionRevisionConnection = ConnectionType(SectionRevision, 'SectionRevision');

/** Opens a subscription to a section's edits (committed: `sectionEvents`; relayed: `relayEvents`), for anyone who may read it. */
function subscribeToSection({ args, context }: SubscribeResolverData<unknown, { sectionId: string }, Context>, stream: typeof sectionEvents | typeof relayEvents) {
  return whileAllowed<SectionUpdateEvent | SectionRelayEvent>(context, async () => {
    const section = await sectionFor(context, args.sectionId, 'entry.read');
    const { pubsub, store } = context.app.live;
    const events = stream(pubsub, section.id, store.open(section.id));
    return { entryId: section.entry.id, events, asked: 'Section' };
  });
}

@Resolver(() => Section)
export class LiveResolver {
  @Authorized(Access.USER_WRITE)
  @Mutation(() => ApplySectionUpdatePayload, {
    description: 'Send an edit (a Yjs update). Answered only once committed: an acknowledged edit is never lost. Roles that cannot edit get FORBIDDEN; a submitted entry CONFLICT.',
  })
  async applySectionUpdate(@InputArg(ApplySectionUpdateInput) input: ApplySectionUpdateInput, @Ctx() ctx: Context): Promise<ApplySectionUpdatePayload> {
    return { sectionId: input.sectionId, version: await live.applySectionUpdate(ctx, input) };
  }

  @Authorized(Access.USER_WRITE)
  @Mutation(() => SectionPayload, { description: 'Replace a section’s content with Markdown, as an ordinary edit. A stale `baseVersion` gets CONFLICT with `extensions.currentVersion`.' })
  async replaceSectionContent(@InputArg(ReplaceSectionContentInput) input: ReplaceSectionContentInput, @Ctx() ctx: Context): Promise<SectionPayload> {
    return { section: await live.replaceSectionContent(ctx, input) };
  }

  @Authorized(Access.USER_WRITE)
  @Mutation(() => SectionPayload, { description: 'Make a section’s content what it was at a revision, as a new edit on top of the current one.' })
  async restoreSectionRevision(@InputArg(RestoreSectionRevisionInput) input: RestoreSectionRevisionInput, @Ctx() ctx: Context): Promise<SectionPayload> {
    return { section: await live.restoreRevision(ctx, input.revisionId) };
  }

  @Authorized(Access.USER_WRITE)
  @Mutation(() => NameSectionRevisionPayload, {
    description: 'Name a saved revision (e.g. "Sent to the patient panel"), shown in the history; whoever may edit the section. An empty name removes it. NOT_FOUND for an unknown revision.',
  })
  async nameSectionRevision(@InputArg(NameSectionRevisionInput) input: NameSectionRevisionInput, @Ctx() ctx: Context): Promise<NameSectionRevisionPayload> {
    return { revision: await nameRevision(ctx, input.revisionId, input.name) };
  }

  @Authorized(Access.USER)
  @Query(() => SectionSync, { description: 'Catch up on a section: the Yjs update holding what a client with this state vector lacks (the whole document without one).' })
  sectionSync(
    @Arg('sectionId', () => ID, { description: 'The section.' }) sectionId: string,
    @Ctx() ctx: Context,
    @Arg('stateVector', () => String, { nullable: true, description: 'Base64 Yjs state vector of the client’s document.' }) stateVector?: string,
  ): Promise<SectionSync> {
    return live.syncSection(ctx, sectionId, stateVector ?? undefined);
  }

  @Subscription(() => SectionUpdateEvent, {
    description:
      'Every acknowledged edit to a section, from any server process, for anyone who may read it; edits that pile up while you fall behind come as one event, their updates merged. Ends with NOT_FOUND when you leave or are removed from the entry, UNAUTHENTICATED when your session or token ends.',
    subscribe: (data) => subscribeToSection(data, sectionEvents),
  })
  sectionUpdated(@Root() event: SectionUpdateEvent | AccessEnded, @Arg('sectionId', () => ID, { description: 'The section.' }) _sectionId: string): SectionUpdateEvent {
    return eventOrEnd(event);
  }

  @Subscription(() => SectionRelayEvent, {
    description:
      'A section’s edits as soon as the server has checked them, while they are committed (an editor’s view: what colleagues type, without waiting for the database), for anyone who may read it; edits that pile up while you fall behind come as one event. A WITHDRAWN event says edits relayed before were not committed after all: read the section again. For a record of committed edits, with versions, use `sectionUpdated`. Ends as `sectionUpdated` does.',
    subscribe: (data) => subscribeToSection(data, relayEvents),
  })
  sectionRelay(@Root() event: SectionRelayEvent | AccessEnded, @Arg('sectionId', () => ID, { description: 'The section.' }) _sectionId: string): SectionRelayEvent {
    return eventOrEnd(event);
  }

  @FieldResolver(() => String, { description: 'The content as plain text, blocks separated by blank lines.' })
  async text(@Root() section: Section, @Ctx() ctx: Context): Promise<string> {
    return (await ctx.loaders.sectionViews.load(section.id)).text;
  }

  @FieldResolver(() => String, { description: 'The content as Markdown.' })
  async markdown(@Root() section: Section, @Ctx() ctx: Context): Promise<string> {
    return (await ctx.loaders.sectionViews.load(section.id)).markdown;
  }

  @FieldResolver(() => Int, { description: 'Words in the content, counted as a word processor does.' })
  async wordCount(@Root() section: Section, @Ctx() ctx: Context): Promise<number> {
    return (await ctx.loaders.sectionViews.load(section.id)).wordCount;
  }

  @FieldResolver(() => Int, { description: 'How many edits the section has had; `replaceSectionContent` takes it as `baseVersion`.' })
  async version(@Root() section: Section, @Ctx() ctx: Context): Promise<number> {
    return (await ctx.loaders.sectionViews.load(section.id)).version;
  }

  @FieldResolver(() => String, { description: 'SHA-256 (hex) of the content in canonical form: equal content, equal hash, whatever the edit history.' })
  async contentHash(@Root() section: Section, @Ctx() ctx: Context): Promise<string> {
    return (await ctx.loaders.sectionViews.load(section.id)).contentHash;
  }

  @FieldResolver(() => Int, {
    description:
      'Size of the section’s document in bytes (its encoded Yjs state, history included: what an editor downloads to open it). An edit that would take it over `contentBytesLimit` is refused with BAD_USER_INPUT.',
  })
  async contentBytes(@Root() section: Section, @Ctx() ctx: Context): Promise<number> {
    return (await ctx.loaders.sectionViews.load(section.id)).bytes;
  }

  @FieldResolver(() => Int, { description: 'The most `contentBytes` may grow to (the server’s QUORUM_MAX_SECTION_BYTES): editors warn as a section nears it.' })
  contentBytesLimit(@Root() _section: Section, @Ctx() ctx: Context): number {
    return ctx.app.config.maxSectionBytes;
  }

  @FieldResolver(() => SectionRevisionConnection, { description: 'Saved revisions, newest first: one every few minutes of editing, and at each API write or restore.' })
  revisions(@Root() section: Section, @Ctx() ctx: Context, @Args(() => PageArgs) { first, after }: PageArgs): Promise<Page<SectionRevision>> {
    return findPage(ctx.em, SectionRevision, { section: section.id }, first, after ?? undefined);
  }

  @FieldResolver(() => [RevisionDiffPart], {
    description:
      'Word-by-word comparison of two versions of the section (Markdown): from `from` to `to`, each a revision id (see `revisions`) or null for the current text. NOT_FOUND for a revision that is not this section’s.',
  })
  diff(
    @Root() section: Section,
    @Ctx() ctx: Context,
    @Arg('from', () => ID, { nullable: true, description: 'The earlier end: a revision of this section, or null for the current text.' }) from?: string | null,
    @Arg('to', () => ID, { nullable: true, description: 'The later end: a revision of this section, or null for the current text.' }) to?: string | null,
  ): Promise<RevisionDiffPart[]> {
    return diffRevisions(ctx, section, from, to);
  }
}

@Resolver(() => SectionRevision)
export class SectionRevisionResolver {
  @FieldResolver(() => [User], { description: 'Who edited the section between the previous revision and this one.' })
  async authors(@Root() revision: SectionRevision, @Ctx() ctx: Context): Promise<User[]> {
    const users = await ctx.loaders.user.loadMany(revision.authorIds);
    return users.filter((u): u is User => u instanceof Object && !(u instanceof Error));
  }
}
