import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root, Subscription, type SubscribeResolverData } from 'type-graphql';
import type { Context } from '../common/context.js';
import { badInput } from '../common/errors.js';
import { Entry } from '../entries/entry.entity.js';
import { Access, requireViewer } from '../policy/access.js';
import { authorizeEntry } from '../policy/entry.policy.js';
import { AccessEnded, eventOrEnd, whileAllowed } from '../policy/still-allowed.js';
import { sectionFor } from '../sections/section.service.js';
import { awarenessClientIds } from './awareness-update.js';
import { PRESENCE_TOPIC, type PresenceState } from './presence.js';
import { Presence, UpdatePresenceInput, UpdatePresencePayload } from './presence.types.js';
import { iterate } from './pubsub.js';
import { InputArg } from '../common/input-arg.js';

const toPresence = (state: PresenceState): Presence => ({ ...state, lastSeenAt: new Date(state.lastSeenAt) });

@Resolver(() => Entry)
export class PresenceResolver {
  @Authorized(Access.USER_WRITE)
  @Mutation(() => UpdatePresencePayload, {
    description:
      'Say where you are in an entry (and your editor’s awareness). Send it on every change and at least every 15 seconds; silence for 30 seconds means you have left. A clientId, and each Yjs clientID your awareness update describes, is yours from its first use until you leave or go quiet: another person’s (or a malformed awareness update) gets BAD_USER_INPUT. Read-only tokens get FORBIDDEN.',
  })
  async updatePresence(@InputArg(UpdatePresenceInput) input: UpdatePresenceInput, @Ctx() ctx: Context): Promise<UpdatePresencePayload> {
    const { user } = requireViewer(ctx);
    await authorizeEntry(ctx, input.entryId, 'entry.read');
    const sectionId = input.sectionId ? (await sectionFor(ctx, input.sectionId, 'entry.read')).id : null;
    if (sectionId && (await ctx.loaders.sectionsOfEntry.load(input.entryId)).every((s) => s.id !== sectionId)) {
      throw badInput('input.sectionId', 'That section is not in this entry.');
    }
    const { entryId } = input;
    const { presence } = ctx.app.live;
    const holder = presence.holderOf(entryId, input.clientId);
    if (holder !== undefined && holder !== user.id) {
      throw badInput('input.clientId', 'That clientId is in use by someone else in this entry: use one of your own (e.g. a random one per editor).');
    }
    const yjsIds = awarenessClientIds(input.awareness);
    if (!yjsIds) throw badInput('input.awareness', 'awareness is not a base64 y-protocols awareness update.');
    if (presence.yjsIdsHeldByOthers(entryId, input.clientId, yjsIds)) {
      throw badInput('input.awareness', 'That awareness update describes another editor’s Yjs client: describe only your own editor’s.');
    }
    const state = await presence.announce({
      entryId,
      clientId: input.clientId,
      userId: user.id,
      userName: user.name,
      sectionId,
      awareness: input.awareness,
      left: input.leaving,
    });
    return { presence: toPresence(state) };
  }

  @Subscription(() => Presence, {
    description:
      'Presence in an entry as it changes: arrivals, moves, cursors, and departures (also after 30 seconds of silence). Ends with NOT_FOUND when you leave or are removed, UNAUTHENTICATED when your session or token ends.',
    subscribe: (data) => {
      const { args, context } = data as SubscribeResolverData<unknown, { entryId: string }, Context>;
      return whileAllowed(context, async () => {
        const { entryId } = args;
        await authorizeEntry(context, entryId, 'entry.read');
        const events = iterate(context.app.live.pubsub, PRESENCE_TOPIC, (state: PresenceState) =>
          state.entryId === entryId && context.app.live.presence.accepted(state) ? toPresence(state) : undefined,
        );
        return { entryId, events };
      });
    },
  })
  presenceUpdated(@Root() presence: Presence | AccessEnded, @Arg('entryId', () => ID, { description: 'The entry.' }) _entryId: string): Presence {
    return eventOrEnd(presence);
  }

  @FieldResolver(() => [Presence], { description: 'Who is in the entry now, and where.' })
  presence(@Root() entry: Entry, @Ctx() ctx: Context): Presence[] {
    return ctx.app.live.presence.list(entry.id).map(toPresence);
  }
}
