import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { addMetricWithValues } from '../test-support/evidence-factories.js';
import { FIGURE_VALUES_BEFORE } from '../test-support/figures.js';
import { codeOf } from '../test-support/api-client.js';
import { base64, craftingClient } from '../test-support/crafted-update.js';
import { useTestTeam } from '../test-support/test-team.js';
import { APPLY, LIVE_SYNC, SECTION_FIGURES } from '../test-support/operations.js';

const { team, server } = useTestTeam();

describe('a figure mark sent in an update', () => {
  it('without its level, group or kind is refused with a code, the section as it was (y-prosemirror cannot make the mark, and would drop the whole run of text it is on)', async () => {
    const metricId = await addMetricWithValues(server, team, {}, FIGURE_VALUES_BEFORE);
    const sectionId = team.sectionIds[0];
    const lead = team.members.LEAD.client;
    const before = (await lead.ok(LIVE_SYNC, { s: sectionId })).sectionSync.update;

    for (const figure of [{ metricId }, { metricId, level: 'ONS_GROUP', group: 'White' }, {}]) {
      const crafted = await craftingClient(lead, sectionId, 987654);
      const paragraph = new Y.XmlElement('paragraph');
      crafted.fragment.insert(crafted.fragment.length, [paragraph]);
      const text = new Y.XmlText();
      paragraph.insert(0, [text]);
      text.insert(0, 'Screening rose from 60.0% to 75.0%.', { figure });
      const refused = await lead.request(APPLY, { i: { sectionId, update: base64(crafted.update()), clientId: 'crafted' } });
      expect(codeOf(refused)).toBe('BAD_USER_INPUT');
      expect(refused.errors![0].message).toMatch(/"figure" formatting needs its "(metricId|level|group|kind)"/);
    }
    expect((await lead.ok(LIVE_SYNC, { s: sectionId })).sectionSync.update).toBe(before);
    expect((await lead.ok(SECTION_FIGURES, { id: sectionId })).section!.figures).toEqual([]);
  });
});
