import { beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { EntryState } from '../common/enums.js';
import { Entry } from '../entries/entry.entity.js';
import { createTeam, type Team } from '../test-support/factories.js';
import { useTestServer } from '../test-support/test-team.js';
import { SectionUpdate } from './section-update.entity.js';

let appends = 0;
const { server } = useTestServer({}, { onQuery: (sql) => void (/insert into "?section_updates"?/.test(sql) && appends++) });
let open: Team;
let frozen: Team;

/** An update that appends a paragraph of `text` to an empty document. */
function paragraph(text: string): Uint8Array {
  const doc = new Y.Doc();
  const p = new Y.XmlElement('paragraph');
  doc.getXmlFragment('content').push([p]);
  p.insert(0, [new Y.XmlText(text)]);
  return Y.encodeStateAsUpdate(doc);
}

beforeAll(async () => {
  [open, frozen] = [await createTeam(server), await createTeam(server)];
});

describe('group commit across sections', () => {
  it('edits to many sections at once share statements, each acknowledged with its own version; a frozen section is refused alone', async () => {
    const { log, store } = server.services.live;
    const sections = [...open.sectionIds, frozen.sectionIds[0]];
    // Warm documents: the fast path, which is where edits are grouped.
    for (const id of sections) await store.current(server.orm.em.fork(), id);
    await server.orm.em.fork().nativeUpdate(Entry, { id: frozen.entryId }, { state: EntryState.SUBMITTED });
    appends = 0;
    const authorId = open.members.LEAD.user.id;
    const results = await Promise.allSettled(sections.flatMap((id, s) => [0, 1].map((k) => log.append(id, paragraph(`s${s} e${k}`), { clientId: `c${s}-${k}`, authorId }))));

    const refused = results.slice(-2);
    expect(refused.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    expect(refused.map((r) => (r as PromiseRejectedResult).reason.code)).toEqual(['CONFLICT', 'CONFLICT']);
    const acknowledged = results.slice(0, -2).map((r) => (r as PromiseFulfilledResult<{ version: number }>).value.version);
    expect(acknowledged).toEqual(open.sectionIds.flatMap(() => [1, 2]));
    // The first section's first edit went alone; what came meanwhile went together (the frozen one retried the slow way).
    expect(appends).toBeGreaterThan(0);
    expect(appends).toBeLessThan(open.sectionIds.length);
    const em = server.orm.em.fork();
    for (const id of open.sectionIds) expect(await em.count(SectionUpdate, { section: id })).toBe(2);
    expect(await em.count(SectionUpdate, { section: frozen.sectionIds[0] })).toBe(0);
  });
});
