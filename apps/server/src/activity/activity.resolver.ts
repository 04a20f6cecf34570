import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { User } from '../auth/user.entity.js';
import type { Page } from '../common/connection.js';
import type { Context } from '../common/context.js';
import { Entry } from '../entries/entry.entity.js';
import { authorizeEntry } from '../policy/entry.policy.js';
import { Section } from '../sections/section.entity.js';
import { activityPage } from './activity.service.js';
import { ActivityConnection, ActivityItem } from './activity.types.js';
import { describeActivity } from './describe-activity.js';

@Resolver(() => Entry)
export class EntryActivityResolver {
  @FieldResolver(() => ActivityConnection, {
    description:
      'What the team has done in the entry, newest first: the entry started, section edits (saved revisions), comments and replies, resolved and reopened threads, sign-offs and sign-offs gone stale, workflow moves, team changes, metrics and testimonials added. Every member may read it. Members’ log-ins and API tokens are not in it (see `auditLog`).',
  })
  async activity(
    @Root() entry: Entry,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { defaultValue: 25, description: 'Page size, 1 to 100.' }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'Cursor to continue after (`pageInfo.endCursor`): older items.' }) after?: string,
  ): Promise<Page<ActivityItem>> {
    await authorizeEntry(ctx, entry.id, 'entry.read');
    return activityPage(ctx.em, entry.id, first, after ?? undefined);
  }
}

const found = <T>(rows: (T | Error | undefined)[]): T[] => rows.filter((r): r is T => r !== undefined && !(r instanceof Error));

// The page is read in one statement; the people and sections it names come through the
// per-request loaders, one statement each whatever the page size.
@Resolver(() => ActivityItem)
export class ActivityItemResolver {
  @FieldResolver(() => User, { nullable: true, description: 'Who did it: null for the system (e.g. the entry approved automatically).' })
  async actor(@Root() item: ActivityItem, @Ctx() ctx: Context): Promise<User | null> {
    return item.actorId ? ((await ctx.loaders.user.load(item.actorId)) ?? null) : null;
  }

  @FieldResolver(() => [User], { description: 'For a section edit or restore: everyone whose edits the revision holds. Empty otherwise.' })
  async authors(@Root() item: ActivityItem, @Ctx() ctx: Context): Promise<User[]> {
    return found(await ctx.loaders.user.loadMany(item.authorIds));
  }

  @FieldResolver(() => Section, { nullable: true, description: 'The section concerned, if one.' })
  async section(@Root() item: ActivityItem, @Ctx() ctx: Context): Promise<Section | null> {
    return item.sectionId ? ((await ctx.loaders.section.load(item.sectionId)) ?? null) : null;
  }

  @FieldResolver(() => String, {
    description: 'What happened, in a plain sentence, e.g. “Grace Mensah commented on “Patient involvement”: “…””. Comments are quoted in short; deleted ones not at all.',
  })
  async summary(@Root() item: ActivityItem, @Ctx() ctx: Context): Promise<string> {
    const [actor, authors, section] = await Promise.all([this.actor(item, ctx), this.authors(item, ctx), this.section(item, ctx)]);
    return describeActivity(item, { actor: actor?.name ?? null, authors: authors.map((a) => a.name), section: section?.title ?? null });
  }
}
