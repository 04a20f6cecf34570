import type { Role } from '@quorum/domain';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ConnectionType, type Page, PageArgs } from '../common/connection.js';
import type { Context } from '../common/context.js';
import { RoleEnum } from '../common/enums.js';
import { Access } from '../policy/access.js';
import { abilitiesOf, authorizeEntry } from '../policy/entry.policy.js';
import { Section } from '../sections/section.entity.js';
import { Template } from '../templates/template.entity.js';
import { CreateEntryInput } from './dto/entry.inputs.js';
import { CreateEntryPayload } from './dto/entry.payloads.js';
import { Entry } from './entry.entity.js';
import { createEntry, getEntry, listEntries } from './entry.service.js';
import { EntryAbilitiesType, type EntryAbilities } from './entry.types.js';
import { Invitation } from './invitation.entity.js';
import { Membership } from './membership.entity.js';
import { InputArg } from '../common/input-arg.js';

export const EntryConnection = ConnectionType(Entry, 'Entry');

// Field resolvers below run only for entries already authorised by `entry`, `entries` or a
// mutation payload, so they read through the loaders without checking again.
@Resolver(() => Entry)
export class EntryResolver {
  @Authorized(Access.USER)
  @Query(() => EntryConnection, { description: 'The entries you are a member of, newest first.' })
  entries(@Ctx() ctx: Context, @Args(() => PageArgs) { first, after }: PageArgs): Promise<Page<Entry>> {
    return listEntries(ctx, first, after ?? undefined);
  }

  @Authorized(Access.USER)
  @Query(() => Entry, { description: 'One entry you are a member of. Anyone else gets NOT_FOUND.' })
  entry(@Arg('id', () => ID, { description: 'The entry’s id.' }) id: string, @Ctx() ctx: Context): Promise<Entry> {
    return getEntry(ctx, id);
  }

  @Authorized(Access.USER_WRITE)
  @Mutation(() => CreateEntryPayload, { description: 'Create an entry from a template; you become its lead.' })
  async createEntry(@InputArg(CreateEntryInput) input: CreateEntryInput, @Ctx() ctx: Context): Promise<CreateEntryPayload> {
    return { entry: await createEntry(ctx, input) };
  }

  @FieldResolver(() => Template, { description: 'The template the entry was created from.' })
  async template(@Root() entry: Entry, @Ctx() ctx: Context): Promise<Template> {
    return (await ctx.loaders.template.load(entry.template.id))!;
  }

  @FieldResolver(() => [Membership], { description: 'The team, in the order they joined.' })
  members(@Root() entry: Entry, @Ctx() ctx: Context): Promise<Membership[]> {
    return ctx.loaders.membersOfEntry.load(entry.id);
  }

  @FieldResolver(() => [Section], { description: 'The sections, in order.' })
  sections(@Root() entry: Entry, @Ctx() ctx: Context): Promise<Section[]> {
    return ctx.loaders.sectionsOfEntry.load(entry.id);
  }

  @FieldResolver(() => RoleEnum, { description: 'Your role in this entry.' })
  async viewerRole(@Root() entry: Entry, @Ctx() ctx: Context): Promise<Role> {
    return (await authorizeEntry(ctx, entry.id, 'entry.read')).role;
  }

  @FieldResolver(() => EntryAbilitiesType, { description: 'What you may do in this entry.' })
  async abilities(@Root() entry: Entry, @Ctx() ctx: Context): Promise<EntryAbilities> {
    return abilitiesOf(await authorizeEntry(ctx, entry.id, 'entry.read'), ctx);
  }

  @FieldResolver(() => [Invitation], { description: 'Invitations not yet accepted, newest first. Lead only (FORBIDDEN otherwise).' })
  async pendingInvitations(@Root() entry: Entry, @Ctx() ctx: Context): Promise<Invitation[]> {
    await authorizeEntry(ctx, entry.id, 'team.manage');
    return ctx.em.find(Invitation, { entry: entry.id, acceptedAt: null, revokedAt: null, expiresAt: { $gt: new Date() } }, { orderBy: { createdAt: 'desc' } });
  }
}
