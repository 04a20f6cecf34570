import { Arg, Args, Ctx, FieldResolver, ID, Resolver, Root } from 'type-graphql';
import { User } from '../auth/user.entity.js';
import { ConnectionType, type Page, PageArgs } from '../common/connection.js';
import type { Context } from '../common/context.js';
import { forbidden } from '../common/errors.js';
import { waitingFor } from './waiting.service.js';
import { WaitingItem } from './waiting.types.js';

export const WaitingItemConnection = ConnectionType(WaitingItem, 'WaitingItem');

@Resolver(() => User)
export class UserWaitingResolver {
  @FieldResolver(() => WaitingItemConnection, {
    description:
      'What waits for you (your own account only), newest first: sign-offs your role can give, your approvals that went stale, threads that mention you or await your reply, sections you may edit that are over their word limit. Entries not yet submitted; with `entryId`, that entry only (NOT_FOUND unless you are a member).',
  })
  waitingForMe(
    @Root() user: User,
    @Ctx() ctx: Context,
    @Args(() => PageArgs) { first, after }: PageArgs,
    @Arg('entryId', () => ID, { nullable: true, description: 'Only what waits in this entry.' }) entryId?: string,
  ): Promise<Page<WaitingItem>> {
    if (ctx.viewer?.user.id !== user.id) throw forbidden('You can only see what waits for you.');
    return waitingFor(ctx, first, after ?? undefined, entryId ?? undefined);
  }
}
