import { decodeBase64Update, encodeBase64Update } from '@quorum/section-content';
import * as Y from 'yjs';
import type { SectionRelayEvent, SectionUpdateEvent } from './live.types.js';
import { relayTopic, sectionTopic, type PubSub } from './pubsub.js';
import { SectionRelayKind } from './relay.js';

/** The clientId of an event that merges edits of several editor instances: nobody's, so no client skips it. */
export const MERGED_CLIENT_ID = 'merged';

/** What merging needs of an event: its Yjs update and whose it is. */
interface EditEvent {
  update: string | null;
  clientId: string | null;
  authorId: string | null;
}

/**
 * Merged events, by the first and the last event they merge. Every subscriber in this process
 * hears a section's events in the same order, so subscribers behind by the same run get the
 * same object, whose answer shared-subscription-results.ts then works out once for them all.
 */
const memo = new WeakMap<object, WeakMap<object, EditEvent>>();

/**
 * A section's acknowledged edits for one subscriber (`sectionUpdated`). Edits that pile up
 * while it is behind (the process busy, the group commit acknowledging many at once, a slow
 * connection) go out as one event, their Yjs updates merged, instead of one message each: under
 * load the messages, not the edits, were most of the cost (a socket write per subscriber per
 * keystroke). A merged event has the last edit's version; its clientId and authorId are the
 * edits' own when they share them, else MERGED_CLIENT_ID and null. A client that gets its own
 * edit back inside a merged event applies it again, which Yjs ignores.
 *
 * Listening starts at once (before the first `next`), so nothing published after subscribing
 * is missed; `return` stops listening at once, ending a `next` that waits.
 */
export function sectionEvents(pubsub: PubSub, sectionId: string, onClose?: () => void): AsyncIterableIterator<SectionUpdateEvent> {
  return queuedEvents<SectionUpdateEvent>(pubsub, sectionTopic(sectionId), (queued) => queued.length, onClose);
}

/**
 * A section's relayed edits for one subscriber (`sectionRelay`, relay.ts), merged as
 * `sectionEvents` merges; a withdrawal is never merged with the edits around it, so that a
 * subscriber hears it where it happened.
 */
export function relayEvents(pubsub: PubSub, sectionId: string, onClose?: () => void): AsyncIterableIterator<SectionRelayEvent> {
  const withdrawn = (e: SectionRelayEvent) => e.kind === SectionRelayKind.WITHDRAWN;
  const run = (queued: SectionRelayEvent[]) => {
    if (withdrawn(queued[0])) return 1;
    const next = queued.findIndex(withdrawn);
    return next === -1 ? queued.length : next;
  };
  return queuedEvents<SectionRelayEvent>(pubsub, relayTopic(sectionId), run, onClose);
}

/** The events on `topic`, each `next` taking the first `run(queued)` of those waiting, merged into one. */
function queuedEvents<E extends EditEvent>(pubsub: PubSub, topic: string, run: (queued: E[]) => number, onClose?: () => void): AsyncIterableIterator<E> {
  let queued: E[] = [];
  let wake: (() => void) | undefined;
  let open = true;
  const stop = pubsub.listen<E>(topic, (event) => {
    queued.push(event);
    wake?.();
  });
  const finish = () => {
    if (!open) return;
    open = false;
    stop();
    wake?.();
    onClose?.();
  };
  const done = { done: true, value: undefined } as const;
  return {
    [Symbol.asyncIterator]() {
      return this;
    },
    async next() {
      while (open && queued.length === 0) await new Promise<void>((resolve) => (wake = resolve));
      wake = undefined;
      if (!open) return done;
      const events = queued.slice(0, run(queued));
      queued = queued.slice(events.length);
      return { done: false, value: merged(events) };
    },
    async return() {
      finish();
      return done;
    },
    async throw(error) {
      finish();
      throw error;
    },
  };
}

/** One event for a run of edits: the last one's other fields (version, kind), the updates merged. */
function merged<E extends EditEvent>(events: E[]): E {
  if (events.length === 1) return events[0];
  const [first, last] = [events[0], events[events.length - 1]];
  let byLast = memo.get(first);
  if (!byLast) memo.set(first, (byLast = new WeakMap()));
  let event = byLast.get(last) as E | undefined;
  if (!event) {
    const same = (key: 'clientId' | 'authorId') => events.every((e) => e[key] === first[key]);
    const update = Y.mergeUpdates(events.map((e) => decodeBase64Update(e.update ?? '') ?? new Uint8Array()));
    event = { ...last, update: encodeBase64Update(update), clientId: same('clientId') ? first.clientId : MERGED_CLIENT_ID, authorId: same('authorId') ? first.authorId : null };
    byLast.set(last, event);
  }
  return event;
}
