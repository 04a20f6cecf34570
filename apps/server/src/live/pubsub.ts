import { EventEmitter, on } from 'node:events';
import { Redis } from 'ioredis';
import { errorSummary, log } from '../common/log.js';

/**
 * Events between the parts of the server, and between server processes. In-process by
 * default; with REDIS_URL, through Redis pub/sub, so that several stateless servers behind
 * a load balancer share live edits, presence and entry events. Payloads are JSON.
 */
/** The topic every acknowledged edit of a section is published on (section-live.service.ts), from any process. */
export const sectionTopic = (sectionId: string) => `section:${sectionId}`;
/** The topic a section's edits are relayed on as soon as checked, before their commit (relay.ts). */
export const relayTopic = (sectionId: string) => `relay:${sectionId}`;

export interface PubSub {
  publish(topic: string, payload: unknown): Promise<void>;
  /** Calls `handler` for every message on `topic` until the returned function is called; `T` is what that topic's publishers send. */
  listen<T = unknown>(topic: string, handler: (payload: T) => void): () => void;
  close(): Promise<void>;
}

export class InProcessPubSub implements PubSub {
  private readonly emitter = new EventEmitter().setMaxListeners(0);

  async publish(topic: string, payload: unknown): Promise<void> {
    // Round-trip through JSON so that subscribers see what they would see through Redis.
    this.emitter.emit(topic, JSON.parse(JSON.stringify(payload)));
  }

  listen<T = unknown>(topic: string, handler: (payload: T) => void): () => void {
    this.emitter.on(topic, handler);
    return () => this.emitter.off(topic, handler);
  }

  async close(): Promise<void> {
    this.emitter.removeAllListeners();
  }
}

export class RedisPubSub implements PubSub {
  private readonly publisher: Redis;
  private readonly subscriber: Redis;
  private readonly local = new InProcessPubSub();
  private readonly counts = new Map<string, number>();
  private down = false;

  constructor(url: string) {
    // While Redis is away a publish fails at once rather than queueing (see publish).
    this.publisher = new Redis(url, { lazyConnect: false, maxRetriesPerRequest: 3, enableOfflineQueue: false });
    this.subscriber = new Redis(url, { lazyConnect: false });
    this.subscriber.on('message', (topic: string, message: string) => {
      void this.local.publish(topic, JSON.parse(message));
    });
    for (const connection of [this.publisher, this.subscriber]) {
      connection.on('error', (error: Error) => this.wentDown(error));
      connection.on('ready', () => this.cameBack());
    }
    // ioredis resubscribes after a reconnect only to what it had subscribed to; a subscription
    // asked for while Redis was away may have failed meanwhile. Asking again is harmless.
    this.subscriber.on('ready', () => {
      if (this.counts.size > 0) this.subscriber.subscribe(...this.counts.keys()).catch((error: Error) => this.wentDown(error));
    });
  }

  /**
   * What is published follows a committed write (or, for a relayed edit, one being committed), so
   * a Redis outage must not turn that write into an error for its author: the event still reaches
   * this process's subscribers, and other processes' clients catch up when they next sync (as
   * after any missed event; a withdrawal missed so is the gap relay.ts describes).
   */
  async publish(topic: string, payload: unknown): Promise<void> {
    try {
      await this.publisher.publish(topic, JSON.stringify(payload));
    } catch (error) {
      this.wentDown(error as Error);
      await this.local.publish(topic, payload);
    }
  }

  /** Says so once per outage, not on every reconnect attempt. */
  private wentDown(error: Error): void {
    if (this.down) return;
    this.down = true;
    log().error(`Redis is unreachable (${errorSummary(error)}): live events reach only this process's clients until it is back.`);
  }

  private cameBack(): void {
    if (!this.down || this.publisher.status !== 'ready' || this.subscriber.status !== 'ready') return;
    this.down = false;
    log().info('Redis is reachable again: live events cross processes again.');
  }

  listen<T = unknown>(topic: string, handler: (payload: T) => void): () => void {
    const count = this.counts.get(topic) ?? 0;
    this.counts.set(topic, count + 1);
    // A failure here (Redis away) must not become an unhandled rejection; see the 'ready' handler.
    if (count === 0) this.subscriber.subscribe(topic).catch((error: Error) => this.wentDown(error));
    const stop = this.local.listen(topic, handler);
    return () => {
      stop();
      const left = (this.counts.get(topic) ?? 1) - 1;
      if (left > 0) return this.counts.set(topic, left);
      this.counts.delete(topic);
      this.subscriber.unsubscribe(topic).catch(() => undefined); // Redis away: the subscription went with the connection
    };
  }

  /**
   * Resolves once both connections are ready, so that no early message is missed. Redis may
   * still be starting beside us (compose starts both at once): it has `withinMs` to answer.
   */
  async ready(withinMs = 10_000): Promise<void> {
    await Promise.all([this.publisher, this.subscriber].map((connection) => readyWithin(connection, withinMs)));
  }

  async close(): Promise<void> {
    await this.local.close();
    this.publisher.disconnect();
    this.subscriber.disconnect();
  }
}

/** Waits for a connection to be ready, through failed attempts, for up to `ms`; then fails with the last error. */
function readyWithin(connection: Redis, ms: number): Promise<void> {
  if (connection.status === 'ready') return Promise.resolve();
  return new Promise((resolve, reject) => {
    let last: Error | undefined;
    const noted = (error: Error) => (last = error);
    const ready = () => done();
    const done = (error?: Error) => {
      clearTimeout(timer);
      connection.off('ready', ready).off('error', noted);
      if (error) reject(error);
      else resolve();
    };
    const timer = setTimeout(() => done(last ?? new Error(`no answer within ${ms / 1000} s`)), ms);
    connection.on('ready', ready).on('error', noted);
  });
}

/**
 * An async iterator of the messages on a topic, for GraphQL subscriptions. Listening starts
 * at once (before the first `next`), so nothing published after subscribing is missed.
 */
export function iterate<T, P = T>(pubsub: PubSub, topic: string, transform: (payload: P) => T | undefined = (p) => p as unknown as T, onClose?: () => void): AsyncIterableIterator<T> {
  const emitter = new EventEmitter();
  const stop = pubsub.listen<P>(topic, (payload) => {
    const value = transform(payload);
    if (value !== undefined) emitter.emit('message', value);
  });
  const controller = new AbortController();
  const events = on(emitter, 'message', { signal: controller.signal });
  let open = true;
  const finish = () => {
    if (!open) return;
    open = false;
    stop();
    controller.abort();
    onClose?.();
  };
  // events.on's own iterator, wrapped only so that its `return` also stops listening to the topic
  // (and unwraps its argument arrays); Repeater would do it but is not a dependency of the server.
  return {
    [Symbol.asyncIterator]() {
      return this;
    },
    async next() {
      try {
        const result = await events.next();
        return result.done ? result : { done: false, value: result.value[0] as T };
      } catch {
        return { done: true, value: undefined };
      }
    },
    async return() {
      finish();
      return { done: true, value: undefined };
    },
    async throw(error) {
      finish();
      throw error;
    },
  };
}
