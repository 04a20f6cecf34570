import type { editedDoc } from '@quorum/section-content';
import { describe, expect, it } from 'vitest';
import { codeOf } from '../test-support/api-client.js';
import { editorUpdate } from '../test-support/suggesting.js';
import { useTestTeam } from '../test-support/test-team.js';
import { ACCEPT_SUGGESTION, ACTIVITY, APPLY, REPLACE, SUGGESTIONS, VIEWS } from '../test-support/operations.js';

// Accepting a suggestion writes the text and the record of it (the suggestion's row, the audit,
// notifications) in one transaction: suggestion.service.ts, UpdateMeta.within.
const { team, server } = useTestTeam();

type Change = Parameters<typeof editedDoc>[1];
const TEXT = 'Waits fell sharply.\n\nScans rose for every group.';

async function write(index: number, markdown: string) {
  const { version } = (await team.members.LEAD.client.ok(VIEWS, { id: team.entryId })).entry.sections[index];
  await team.members.LEAD.client.ok(REPLACE, { i: { sectionId: team.sectionIds[index], markdown, baseVersion: version } });
}

async function suggest(role: 'PATIENT_REP', index: number, change: Change) {
  const { client, user } = team.members[role];
  await client.ok(APPLY, { i: { sectionId: team.sectionIds[index], update: await editorUpdate(client, team.sectionIds[index], change, user.id), clientId: role } });
}

const listOf = async (index: number) => (await team.members.LEAD.client.ok(SUGGESTIONS, { id: team.sectionIds[index] })).section!;
const byHalf: Change = (s) => s.tr.insertText(' by half', 19);

describe('accepting a suggestion', () => {
  it('all or nothing: when the record of an acceptance cannot be written, the text, its version, the suggestion and the history stay as they were', async () => {
    await write(0, TEXT);
    await suggest('PATIENT_REP', 0, byHalf);
    const lead = team.members.LEAD.client;
    const before = await listOf(0);
    const acceptances = async () => (await lead.ok(ACTIVITY, { id: team.entryId, first: 50 })).entry.activity.nodes.filter((n) => n.kind === 'SUGGESTION_ACCEPTED').length;
    const acceptedBefore = await acceptances();
    // The audit refuses the record: a failure after the edit is logged, in the same transaction
    // (a lost connection, a full disk), as the database would raise it.
    const db = server.orm.em.fork();
    await db.execute(`create function refuse_acceptance() returns trigger language plpgsql as $$ begin raise exception 'refused by the test'; end $$`);
    await db.execute(`create trigger refuse_acceptance before insert on audit_events for each row when (new.action = 'SUGGESTION_ACCEPTED') execute function refuse_acceptance()`);
    try {
      const failed = await lead.request(ACCEPT_SUGGESTION, { i: { sectionId: team.sectionIds[0], suggestionId: before.suggestions.nodes[0].id } });
      expect(codeOf(failed)).toBe('INTERNAL_SERVER_ERROR');
    } finally {
      await db.execute('drop trigger refuse_acceptance on audit_events');
      await db.execute('drop function refuse_acceptance()');
    }
    // Read from the server's live document (text, version) and the rows: nothing of it stayed.
    expect(await listOf(0)).toEqual(before);
    expect(await acceptances()).toBe(acceptedBefore);
    // Once the failure has passed, the same acceptance goes through.
    await lead.ok(ACCEPT_SUGGESTION, { i: { sectionId: team.sectionIds[0], suggestionId: before.suggestions.nodes[0].id } });
    expect(await listOf(0)).toMatchObject({ text: 'Waits fell sharply by half.\n\nScans rose for every group.', version: before.version + 1, suggestions: { totalCount: 0 } });
    expect(await acceptances()).toBe(acceptedBefore + 1);
  });
});
