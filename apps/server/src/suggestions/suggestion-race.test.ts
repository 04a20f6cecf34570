import { describe, expect, it } from 'vitest';
import { editorUpdate } from '../test-support/suggesting.js';
import { useTestTeam } from '../test-support/test-team.js';
import { typeDuringReads } from '../test-support/typing-during-reads.js';
import { ACCEPT_SUGGESTIONS, APPLY, REPLACE, SECTION_FIGURES, VIEWS } from '../test-support/operations.js';

const { team, server } = useTestTeam();

describe('accepting suggestions while someone types', () => {
  it('keeps words typed elsewhere in the section that land while it works (it wrote the text as it read it before, taking them out)', async () => {
    const lead = team.members.LEAD.client;
    const sectionId = team.sectionIds[3];
    const { version } = (await lead.ok(VIEWS, { id: team.entryId })).entry.sections[3];
    await lead.ok(REPLACE, { i: { sectionId, markdown: 'Waits fell sharply.', baseVersion: version } });
    const rep = team.members.PATIENT_REP;
    await rep.client.ok(APPLY, { i: { sectionId, update: await editorUpdate(rep.client, sectionId, (s) => s.tr.insertText(' by half', 19), rep.user.id), clientId: 'rep' } });

    // A nurse's words arrive each time the server reads the section while it accepts.
    let accepted: string[] = [];
    const typed = await typeDuringReads(server, team, sectionId, 'suggestion.service', async () => {
      accepted = (await lead.ok(ACCEPT_SUGGESTIONS, { i: { sectionId } })).acceptSuggestions.suggestionIds;
    });
    expect(accepted).toHaveLength(1);
    expect(typed.length).toBeGreaterThan(0);
    const { text } = (await lead.ok(SECTION_FIGURES, { id: sectionId })).section!;
    for (const word of typed) expect(text).toContain(word);
    expect(text).toContain('Waits fell sharply by half.');
  });
});
