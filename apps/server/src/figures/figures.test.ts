import { sectionSchema, type FigureSource } from '@quorum/section-content';
import { describe, expect, it } from 'vitest';
import { addMetric } from '../test-support/evidence-factories.js';
import { codeOf } from '../test-support/api-client.js';
import { editorUpdate } from '../test-support/suggesting.js';
import { blackChange, FIGURE_VALUES_AFTER as AFTER, FIGURE_VALUES_BEFORE as BEFORE } from '../test-support/figures.js';
import { useTestTeam } from '../test-support/test-team.js';
import { APPLY, DELETE_METRIC, IMPORT_VALUES, READINESS, SECTION_FIGURES, UNLINK_FIGURE, UPDATE_FIGURE } from '../test-support/operations.js';

const { team, server } = useTestTeam();

const lead = () => team.members.LEAD.client;
const figuresOf = async (sectionId: string) => (await lead().ok(SECTION_FIGURES, { id: sectionId })).section!;

/** The lead inserts a figure at the end of the section's first paragraph, as the editor's "Insert a figure" does. */
async function insertFigure(sectionId: string, source: FigureSource, words: string) {
  const update = await editorUpdate(lead(), sectionId, (s) => {
    const end = s.doc.firstChild ? s.doc.firstChild.nodeSize - 1 : 1;
    return s.tr.insert(end, [sectionSchema.text(' '), sectionSchema.text(words, [sectionSchema.marks.figure.create(source)])]);
  });
  await lead().ok(APPLY, { i: { sectionId, update, clientId: 'lead' } });
}

describe('figures from the evidence in the text', () => {
  it('say CURRENT while the data says them; STALE once the values change, with the new wording, in readiness too; the lead takes it, and the text reads it', async () => {
    const metricId = await addMetric(server, team);
    await team.members.ANALYST.client.ok(IMPORT_VALUES, { i: { metricId, csv: BEFORE } });
    const sectionId = team.sectionIds[0];
    const { group, sentence } = await blackChange(team, metricId);
    expect(sentence).toMatch(/60\.0%.*75\.0%/);
    const source: FigureSource = { metricId, level: 'ONS_GROUP', group, kind: 'CHANGE' };
    await insertFigure(sectionId, source, sentence);

    const current = await figuresOf(sectionId);
    expect(current.text).toContain(sentence);
    expect(current.figures).toEqual([
      { metricId, metric: { id: metricId, name: 'Screening within an hour' }, level: 'ONS_GROUP', group, kind: 'CHANGE', text: sentence, currentWording: sentence, status: 'CURRENT' },
    ]);

    // The analyst corrects the follow-up: the words in the text no longer say what the data says, and nothing rewrote them.
    await team.members.ANALYST.client.ok(IMPORT_VALUES, { i: { metricId, csv: AFTER, replace: true } });
    const { sentence: reworded } = await blackChange(team, metricId);
    expect(reworded).toMatch(/60\.0%.*90\.0%/);
    const stale = await figuresOf(sectionId);
    expect(stale.text).toContain(sentence);
    expect(stale.figures[0]).toMatchObject({ text: sentence, currentWording: reworded, status: 'STALE' });
    const readiness = (await lead().ok(READINESS, { id: team.entryId })).entry!.readiness;
    expect(readiness.ready).toBe(false);
    expect(readiness.figuresOutOfStep).toEqual([{ section: { id: sectionId }, figure: { status: 'STALE', text: sentence } }]);

    // Who may not edit cannot take it; words not as read are a CONFLICT; nothing changes either way.
    const input = { sectionId, ...source, text: sentence };
    expect(codeOf(await team.members.PATIENT_REP.client.request(UPDATE_FIGURE, { i: input }))).toBe('FORBIDDEN');
    const misread = await lead().request(UPDATE_FIGURE, { i: { ...input, text: 'Something else.' } });
    expect(codeOf(misread)).toBe('CONFLICT');
    expect(misread.errors![0].extensions!.field).toBe('input.text');
    expect((await figuresOf(sectionId)).text).toContain(sentence);

    const updated = await lead().ok(UPDATE_FIGURE, { i: input });
    expect(updated.updateFigure.section.text).toContain(reworded);
    expect(updated.updateFigure.section.text).not.toContain(sentence);
    expect((await figuresOf(sectionId)).figures).toMatchObject([{ text: reworded, status: 'CURRENT' }]);
    expect((await lead().ok(READINESS, { id: team.entryId })).entry!.readiness.figuresOutOfStep).toEqual([]);
    // Once taken, there is no such figure to take again.
    expect(codeOf(await lead().request(UPDATE_FIGURE, { i: input }))).toBe('CONFLICT');
  });

  it('can be kept as written, no longer followed; a figure whose metric is gone is UNAVAILABLE and cannot be updated', async () => {
    const metricId = await addMetric(server, team, { name: 'Antibiotics within an hour' });
    await team.members.ANALYST.client.ok(IMPORT_VALUES, { i: { metricId, csv: BEFORE } });
    const sectionId = team.sectionIds[1];
    const { group, sentence } = await blackChange(team, metricId);
    const source: FigureSource = { metricId, level: 'ONS_GROUP', group, kind: 'CHANGE' };
    await insertFigure(sectionId, source, sentence);
    const before = (await figuresOf(sectionId)).text;

    const unlinked = await lead().ok(UNLINK_FIGURE, { i: { sectionId, ...source, text: sentence } });
    expect(unlinked.unlinkFigure.section.text).toBe(before);
    expect((await figuresOf(sectionId)).figures).toEqual([]);

    // Inserted again, then the metric is deleted.
    await insertFigure(sectionId, source, sentence);
    await lead().ok(DELETE_METRIC, { i: { metricId } });
    const [gone] = (await figuresOf(sectionId)).figures;
    expect(gone).toMatchObject({ metricId, metric: null, text: sentence, currentWording: null, status: 'UNAVAILABLE' });
    // Nothing to take: keep the words (unlink) or delete them.
    const refused = await lead().request(UPDATE_FIGURE, { i: { sectionId, ...source, text: sentence } });
    expect(codeOf(refused)).toBe('CONFLICT');
    expect(refused.errors![0].message).toMatch(/no longer gives this figure/);
    expect(codeOf(await lead().request(UPDATE_FIGURE, { i: { sectionId, ...source, group: 'Nobody', text: sentence } }))).toBe('NOT_FOUND');
    // A made-up metric id is refused at the boundary like any bad id.
    expect(codeOf(await lead().request(UPDATE_FIGURE, { i: { sectionId, ...source, metricId: 'nope', text: sentence } }))).toBe('BAD_USER_INPUT');
  });
});
