import { MAX_PENDING_SUGGESTIONS } from '@quorum/section-content';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { codeOf } from '../test-support/api-client.js';
import { useTestTeam } from '../test-support/test-team.js';
import { APPLY, LIVE_SYNC, REPLACE, VIEWS } from '../test-support/operations.js';

const { team } = useTestTeam();

/** The section's state, and an update from a client of it that suggests `count` one-letter insertions, each its own id. */
async function suggestingUpdate(authorId: string, count: number, from: number): Promise<string> {
  const state = (await team.members.OBSERVER.client.ok(LIVE_SYNC, { s: team.sectionIds[0] })).sectionSync.update;
  const client = new Y.Doc();
  Y.applyUpdate(client, Buffer.from(state, 'base64'));
  const before = Y.encodeStateVector(client);
  const text = (client.getXmlFragment('content').get(0) as Y.XmlElement).get(0) as Y.XmlText;
  for (let n = from; n < from + count; n++) text.insert(text.length, 'a', { insertion: { id: `${authorId}~s${n}` } });
  return Buffer.from(Y.encodeStateAsUpdate(client, before)).toString('base64');
}

describe('pending suggestions in a section', () => {
  it(`stop at ${MAX_PENDING_SUGGESTIONS}: one more is refused as BAD_USER_INPUT and nothing is stored (thousands made every read of the text take seconds)`, async () => {
    const nurse = team.members.NURSE;
    const { version } = (await nurse.client.ok(VIEWS, { id: team.entryId })).entry.sections[0];
    await team.members.LEAD.client.ok(REPLACE, { i: { sectionId: team.sectionIds[0], markdown: 'Agreed text.', baseVersion: version } });
    const apply = async (update: string) => nurse.client.request(APPLY, { i: { sectionId: team.sectionIds[0], update, clientId: 'limit-test' } });
    expect((await apply(await suggestingUpdate(nurse.user.id, MAX_PENDING_SUGGESTIONS, 0))).errors).toBeUndefined();
    const full = (await nurse.client.ok(VIEWS, { id: team.entryId })).entry.sections[0];
    const refused = await apply(await suggestingUpdate(nurse.user.id, 1, MAX_PENDING_SUGGESTIONS));
    expect(codeOf(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0].message).toMatch(/already holds 300 pending suggestions/);
    expect((await nurse.client.ok(VIEWS, { id: team.entryId })).entry.sections[0]).toMatchObject({ version: full.version, text: 'Agreed text.' });
    // Typing on within one it holds still goes.
    expect((await apply(await suggestingUpdate(nurse.user.id, 1, 7))).errors).toBeUndefined();
  });
});
