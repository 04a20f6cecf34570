import { afterAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { codeOf } from '../test-support/api-client.js';
import { createTeam } from '../test-support/factories.js';
import { LiveEditor } from '../test-support/live-editor.js';
import { sectionNow } from '../test-support/review.js';
import { useTestTeam } from '../test-support/test-team.js';
import { COMMENTS_REPLACE_CONTENT, CRITERION_LINK_PASSAGES, CRITERION_PASSAGES } from '../test-support/operations.js';

// Criteria answered by a passage of the text (issue 12): anchored as a comment's passage is.
const { server, team } = useTestTeam();
const TEXT = 'Our sepsis bundle started in 2023.\n\nScreening within an hour rose for Black patients from 41% to 78%.\n\nNext we will spread it.';
const editors: LiveEditor[] = [];
afterAll(() => Promise.all(editors.map((e) => e.disconnect())));

const lead = () => team.members.LEAD.client;

async function write(index: number, markdown: string) {
  const { version } = await sectionNow(lead(), team, index);
  await lead().ok(COMMENTS_REPLACE_CONTENT, { i: { sectionId: team.sectionIds[index], markdown, baseVersion: version } });
}

async function read(index: number) {
  const entry = (await team.members.OBSERVER.client.ok(CRITERION_PASSAGES, { id: team.entryId })).entry;
  return { section: entry.sections[index], readiness: entry.readiness };
}

async function editor(index: number) {
  const e = new LiveEditor(server.url, team.sectionIds[index], team.members.NURSE.client.cookie!, 'nurse');
  editors.push(e);
  await e.connect();
  return e;
}

const paragraph = (e: LiveEditor, i: number) => (e.doc.getXmlFragment('content').get(i) as Y.XmlElement).get(0) as Y.XmlText;

describe('criteria linked to passages of the text', () => {
  it('follow the passage through edits, and stop answering the criterion once its words are deleted', async () => {
    await write(1, TEXT);
    const criterionId = (await read(1)).section.criteria[0].id;
    const sectionId = team.sectionIds[1];
    const linked = (await team.members.MEDIC.client.ok(CRITERION_LINK_PASSAGES, { i: { criterionId, passages: [{ sectionId, anchor: { quote: 'rose for Black patients' } }] } })).linkCriterion
      .criterion;
    expect(linked.covered).toBe(true);
    expect(linked.passages).toEqual([
      expect.objectContaining({ section: { id: sectionId }, quote: 'rose for Black patients', quoteWhenLinked: 'rose for Black patients', lost: false, from: TEXT.indexOf('rose for') }),
    ]);
    expect((await read(1)).readiness.uncoveredCriteria.map((c) => c.id)).not.toContain(criterionId);

    // Another person types before the passage, and inside it.
    const nurse = await editor(1);
    const p = paragraph(nurse, 1);
    p.insert(0, 'Since the pilot, ');
    p.insert(p.toString().indexOf('for Black'), 'sharply ');
    await nurse.flush();
    await expect.poll(async () => (await read(1)).section.criteria[0].passages[0].quote, { timeout: 5000 }).toBe('rose sharply for Black patients');
    let now = await read(1);
    expect(now.section.criteria[0].passages[0]).toMatchObject({ lost: false, from: now.section.text.indexOf('rose sharply'), to: now.section.text.indexOf(' from 41%') });
    expect(now.section.criteria[0].covered).toBe(true);

    // A second passage from an editor's relative positions; the first kept by its id.
    const first = linked.passages[0];
    const both = (
      await lead().ok(CRITERION_LINK_PASSAGES, {
        i: { criterionId, passages: [{ id: first.id }, { sectionId, anchor: { quote: 'spread it' } }] },
      })
    ).linkCriterion.criterion.passages;
    expect(both.map((x) => [x.id === first.id, x.quote])).toEqual([
      [true, 'rose sharply for Black patients'],
      [false, 'spread it'],
    ]);

    // Its words deleted: lost, and the criterion uncovered again once no live passage is left.
    const q = paragraph(nurse, 1);
    q.delete(q.toString().indexOf('rose sharply'), 'rose sharply for Black patients'.length);
    nurse.doc.getXmlFragment('content').delete(2, 1); // the paragraph holding "spread it"
    await nurse.flush();
    await expect.poll(async () => (await read(1)).section.criteria[0].passages.map((x) => x.lost), { timeout: 5000 }).toEqual([true, true]);
    now = await read(1);
    expect(now.section.criteria[0].passages[0]).toEqual({ id: first.id, quote: '', quoteWhenLinked: 'rose for Black patients', lost: true, from: null, to: null });
    expect(now.section.criteria[0].covered).toBe(false);
    expect(now.readiness.uncoveredCriteria.map((c) => c.id)).toContain(criterionId);

    // Unlinked: an empty list removes them.
    expect((await lead().ok(CRITERION_LINK_PASSAGES, { i: { criterionId, passages: [] } })).linkCriterion.criterion.passages).toEqual([]);
  });

  it('refuse bad passages (BAD_USER_INPUT), observers (FORBIDDEN) and outsiders (NOT_FOUND), changing nothing', async () => {
    await write(3, 'The clinic now opens on Saturdays.');
    const criterionId = (await read(3)).section.criteria[0].id;
    const sectionId = team.sectionIds[3];
    const kept = (await lead().ok(CRITERION_LINK_PASSAGES, { i: { criterionId, passages: [{ sectionId, anchor: { quote: 'opens on Saturdays' } }] } })).linkCriterion.criterion.passages;
    const other = await createTeam(server);
    const bad = async (passages: unknown, client = lead()) => {
      const res = await client.request(CRITERION_LINK_PASSAGES, { i: { criterionId, passages } as never });
      return { code: codeOf(res), field: res.errors?.[0]?.extensions?.field };
    };
    expect(await bad([{ sectionId, anchor: { quote: 'opens on Sundays' } }])).toEqual({ code: 'BAD_USER_INPUT', field: 'input.passages.0.anchor.quote' });
    // A good new passage before a bad one: neither is kept.
    expect(
      await bad([
        { sectionId, anchor: { quote: 'clinic' } },
        { sectionId: other.sectionIds[3], anchor: { quote: 'x' } },
      ]),
    ).toEqual({ code: 'BAD_USER_INPUT', field: 'input.passages.1.sectionId' });
    expect(await bad([{ id: kept[0].id, sectionId }])).toEqual({ code: 'BAD_USER_INPUT', field: 'input.passages.0' });
    expect(await bad([{ sectionId }])).toEqual({ code: 'BAD_USER_INPUT', field: 'input.passages.0' });
    expect(await bad([{ sectionId, anchor: {} }])).toEqual({ code: 'BAD_USER_INPUT', field: 'input.passages.0.anchor' });
    expect(await bad([{ sectionId, anchor: { start: 'AAAA', end: 'AAAA' } }])).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(await bad([{ id: '00000000-0000-4000-8000-000000000000' }])).toEqual({ code: 'BAD_USER_INPUT', field: 'input.passages' });
    expect(await bad([{ sectionId, anchor: { quote: 'clinic' } }], team.members.OBSERVER.client)).toMatchObject({ code: 'FORBIDDEN' });
    expect(await bad([], team.outsider.client)).toMatchObject({ code: 'NOT_FOUND' });
    const missing = await lead().request(CRITERION_LINK_PASSAGES, { i: { criterionId: '00000000-0000-4000-8000-000000000000', passages: [] } });
    expect(codeOf(missing)).toBe('NOT_FOUND');
    const after = (await read(3)).section.criteria[0];
    expect(after.passages).toEqual([expect.objectContaining({ id: kept[0].id, quote: 'opens on Saturdays', lost: false })]);
    expect(after.covered).toBe(true);
  });
});
