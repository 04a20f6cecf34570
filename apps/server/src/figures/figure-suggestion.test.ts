import { describe, expect, it } from 'vitest';
import { addChangeFigure, blackChange, FIGURE_VALUES_AFTER as AFTER } from '../test-support/figures.js';
import { editorUpdate } from '../test-support/suggesting.js';
import { useTestTeam } from '../test-support/test-team.js';
import { ACCEPT_SUGGESTIONS, APPLY, IMPORT_VALUES, SECTION_FIGURES, UPDATE_FIGURE } from '../test-support/operations.js';

const { team, server } = useTestTeam();

describe('a figure holding someone’s suggested deletion', () => {
  it('is reworded as typed directly: the new wording is not marked as her deletion, so accepting her suggestions does not take the figure out', async () => {
    const lead = team.members.LEAD.client;
    const sectionId = team.sectionIds[4];
    const { metricId, sentence: changeSentence, source } = await addChangeFigure(server, team, sectionId);
    // The patient representative suggests deleting the figure's first word.
    const rep = team.members.PATIENT_REP;
    const firstWord = changeSentence!.split(' ')[0];
    const update = await editorUpdate(
      rep.client,
      sectionId,
      (s) => {
        let at = 0;
        s.doc.descendants((node, pos) => {
          if (node.isText && node.marks.some((m) => m.type.name === 'figure')) at = pos;
        });
        return s.tr.delete(at, at + firstWord.length + 1);
      },
      rep.user.id,
    );
    await rep.client.ok(APPLY, { i: { sectionId, update, clientId: 'rep' } });
    await team.members.ANALYST.client.ok(IMPORT_VALUES, { i: { metricId, csv: AFTER, replace: true } });
    const [stale] = (await lead.ok(SECTION_FIGURES, { id: sectionId })).section!.figures;
    expect(stale.status).toBe('STALE');

    await lead.ok(UPDATE_FIGURE, { i: { sectionId, ...source, text: stale.text } });
    const { sentence: reworded } = await blackChange(team, metricId);
    await lead.ok(ACCEPT_SUGGESTIONS, { i: { sectionId } });
    const after = (await lead.ok(SECTION_FIGURES, { id: sectionId })).section!;
    expect(after.text).toContain(reworded);
    expect(after.figures).toMatchObject([{ text: reworded, status: 'CURRENT' }]);
  });
});
