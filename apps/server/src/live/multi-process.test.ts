import type { ChildProcess } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { LiveEditor } from '../test-support/live-editor.js';
import { logInDemo, startServerProcess } from '../test-support/server-process.js';
import { createTestDatabase, type TestDatabase } from '../test-support/test-database.js';
import { MULTI_PROCESS_ENTRIES, MULTI_PROCESS_PRESENCE, UPDATE_PRESENCE } from '../test-support/operations.js';

/**
 * Two server processes on different ports, one PostgreSQL and one Redis: an edit sent to one
 * reaches a subscriber of the other. Two processes cannot share the embedded database, so
 * this test always uses a PostgreSQL server: TEST_DATABASE_URL, or the one at 127.0.0.1:5432.
 */
const children: ChildProcess[] = [];
let db: TestDatabase | undefined;

afterAll(async () => {
  for (const child of children) child.kill('SIGKILL');
  await db?.drop();
});

describe('several server processes', () => {
  it('an edit through one process reaches a subscriber of the other, through Redis', async () => {
    process.env.TEST_DATABASE_URL ??= 'postgresql://postgres@127.0.0.1:5432/test';
    db = await createTestDatabase();
    const first = await startServerProcess(children, db.url!, true);
    const second = await startServerProcess(children, db.url!, false);

    const nurse = await logInDemo(first, 'nurse@demo.quorum.test');
    const medic = await logInDemo(second, 'medic@demo.quorum.test');
    const sectionId = (await nurse.ok(MULTI_PROCESS_ENTRIES)).entries.nodes[0].sections[0].id;

    const listening = new LiveEditor(second, sectionId, medic.cookie!, 'medic');
    const typing = new LiveEditor(first, sectionId, nurse.cookie!, 'nurse');
    await Promise.all([listening.connect(), typing.connect()]);
    const paragraph = new Y.XmlElement('paragraph');
    typing.doc.getXmlFragment('content').insert(0, [paragraph]);
    paragraph.insert(0, [new Y.XmlText('Typed on process one.')]);
    await typing.flush();
    await expect.poll(() => listening.doc.getXmlFragment('content').toString(), { timeout: 5000 }).toContain('Typed on process one.');

    // Presence crosses too: the nurse on process one is listed by process two.
    await nurse.ok(UPDATE_PRESENCE, {
      i: { entryId: (await nurse.ok(MULTI_PROCESS_ENTRIES)).entries.nodes[0].id, clientId: typing.clientId, sectionId },
    });
    await expect.poll(async () => (await medic.ok(MULTI_PROCESS_PRESENCE)).entries.nodes[0].presence.map((p) => p.userName), { timeout: 5000 }).toContain('Grace Mensah');
    listening.disconnect();
    typing.disconnect();
  });
});
