import { describe, expect, it } from 'vitest';
import { addChangeFigure, FIGURE_VALUES_AFTER as AFTER } from '../test-support/figures.js';
import { useTestTeam } from '../test-support/test-team.js';
import { typeDuringReads } from '../test-support/typing-during-reads.js';
import { IMPORT_VALUES, SECTION_FIGURES, UPDATE_FIGURE } from '../test-support/operations.js';

const { team, server } = useTestTeam();

describe('updateFigure while someone types', () => {
  it('keeps words typed elsewhere in the section that land while it works (it wrote the text as it read it before, taking them out)', async () => {
    const lead = team.members.LEAD.client;
    const sectionId = team.sectionIds[2];
    const { metricId, sentence: changeSentence, source } = await addChangeFigure(server, team, sectionId);
    await team.members.ANALYST.client.ok(IMPORT_VALUES, { i: { metricId, csv: AFTER, replace: true } });

    // A nurse's words arrive each time the server reads the section to update the figure.
    const typed = await typeDuringReads(server, team, sectionId, 'figure.service', () => lead.ok(UPDATE_FIGURE, { i: { sectionId, ...source, text: changeSentence! } }));
    expect(typed.length).toBeGreaterThan(0);
    const { text, figures } = (await lead.ok(SECTION_FIGURES, { id: sectionId })).section!;
    for (const word of typed) expect(text).toContain(word);
    expect(figures).toMatchObject([{ status: 'CURRENT' }]);
  });
});
