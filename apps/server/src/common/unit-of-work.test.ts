import 'reflect-metadata'; // before any entity or GraphQL type module
import { describe, expect, it } from 'vitest';
import { EntryEventKind, entryTopic, type EntryEventData } from '../notifications/entry-events.js';
import { Entry } from '../entries/entry.entity.js';
import { createTeam } from '../test-support/factories.js';
import { useTestTeam } from '../test-support/test-team.js';
import { User } from '../auth/user.entity.js';
import type { Context } from './context.js';
import { createLoaders } from './loaders.js';
import { inTransaction } from './unit-of-work.js';

const { server, team } = useTestTeam();

/** A request's context as app.ts makes one, for the lead. */
async function leadContext(): Promise<Context> {
  const em = server.orm.em.fork();
  const user = await em.findOneOrFail(User, { id: team.members.LEAD.user.id });
  return { em, viewer: { user, userId: user.id }, loaders: createLoaders(em, server.services.live.store, user.id), app: server.services, ip: '127.0.0.1' };
}

function heard(entryId: string): EntryEventData[] {
  const got: EntryEventData[] = [];
  server.services.live.pubsub.listen(entryTopic(entryId), (event: EntryEventData) => got.push(event));
  return got;
}

describe('inTransaction, the one way a mutation writes', () => {
  it('publishes the events and runs the after-commit steps only once committed, in that order', async () => {
    const ctx = await leadContext();
    const got = heard(team.entryId);
    const order: string[] = [];
    await inTransaction(ctx, async ({ em, events, afterCommit }) => {
      (await em.findOneOrFail(Entry, team.entryId)).title = 'Renamed in a unit of work';
      events.push({ kind: EntryEventKind.WORKFLOW_MOVED, entryId: team.entryId });
      afterCommit(() => order.push(`after commit, ${got.length} event heard`));
      expect(got).toEqual([]); // nothing is told before the commit
    });
    expect(got.map((e) => e.kind)).toEqual([EntryEventKind.WORKFLOW_MOVED]);
    expect(order).toEqual(['after commit, 1 event heard']);
    expect((await server.orm.em.fork().findOneOrFail(Entry, team.entryId)).title).toBe('Renamed in a unit of work');
  });

  it('rolls everything back on failure, and tells nobody', async () => {
    const ctx = await leadContext();
    const got = heard(team.entryId);
    let stepRan = false;
    const failing = inTransaction(ctx, async ({ em, events, afterCommit }) => {
      (await em.findOneOrFail(Entry, team.entryId)).title = 'Never written';
      await em.flush();
      events.push({ kind: EntryEventKind.WORKFLOW_MOVED, entryId: team.entryId });
      afterCommit(() => (stepRan = true));
      throw new Error('refused half-way');
    });
    await expect(failing).rejects.toThrow('refused half-way');
    expect(got).toEqual([]);
    expect(stepRan).toBe(false);
    expect((await server.orm.em.fork().findOneOrFail(Entry, team.entryId)).title).not.toBe('Never written');
  });

  it('refuses a loader read inside the transaction (on the embedded database it would wait for itself), and gives the loaders back after', async () => {
    const ctx = await leadContext();
    await expect(inTransaction(ctx, async () => ctx.loaders.viewerMembership.load(team.entryId))).rejects.toThrow(/loaders\.viewerMembership was read inside a transaction/);
    expect(await ctx.loaders.viewerMembership.load(team.entryId)).toBeTruthy();
  });

  it('lets nested work join the transaction under way: its events go out with the outer commit', async () => {
    const ctx = await leadContext();
    const got = heard(team.entryId);
    await inTransaction(ctx, async (outer) => {
      await inTransaction(ctx, async (inner) => {
        expect(inner).toBe(outer);
        inner.events.push({ kind: EntryEventKind.MEMBER_JOINED, entryId: team.entryId });
      });
      expect(got).toEqual([]);
    });
    expect(got.map((e) => e.kind)).toEqual([EntryEventKind.MEMBER_JOINED]);
  });

  // The embedded database has one connection: its transactions take turns and cannot deadlock.
  it.skipIf(!process.env.TEST_DATABASE_URL)('runs a transaction PostgreSQL aborted to break a deadlock again, so both writers succeed', async () => {
    const other = await createTeam(server);
    let bothHoldTheirFirstLock!: () => void;
    const barrier = new Promise<void>((resolve) => (bothHoldTheirFirstLock = resolve));
    let holding = 0;
    let attempts = 0;
    // Each locks one entry, waits until the other holds its own, then asks for the other's: a deadlock.
    const lockBoth = async (first: string, second: string) =>
      inTransaction(await leadContext(), async ({ em }) => {
        attempts++;
        await em.execute('select 1 from entries where id = ? for update', [first]);
        if (++holding === 2) bothHoldTheirFirstLock();
        await barrier;
        await em.execute('select 1 from entries where id = ? for update', [second]);
      });
    await Promise.all([lockBoth(team.entryId, other.entryId), lockBoth(other.entryId, team.entryId)]);
    expect(attempts).toBe(3); // one of the two ran again
  });
});
