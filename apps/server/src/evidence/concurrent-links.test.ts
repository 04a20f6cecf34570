import { describe, expect, it } from 'vitest';
import { codeOf } from '../test-support/api-client.js';
import { useTestTeam } from '../test-support/test-team.js';
import { ADD_TESTIMONIAL, DELETE_TESTIMONIAL, LINK, SECTION_CRITERIA } from '../test-support/operations.js';

// Two linkCriterion of one criterion at the same moment both deleted the old links and both
// inserted theirs: the second broke the unique (criterion, section) constraint; and a target
// deleted between linkCriterion's check and its insert broke the link's foreign key. Both were
// INTERNAL_SERVER_ERRORs, found by the schema fuzz.
const { team } = useTestTeam();

describe('setting what answers a criterion, several times at once', () => {
  it('every request is answered, none with an internal error', async () => {
    const analyst = team.members.ANALYST.client;
    const { section } = await analyst.ok(SECTION_CRITERIA, { id: team.sectionIds[0] });
    for (const { id: criterionId } of section.criteria.slice(0, 3)) {
      const choices = [[team.sectionIds[0]], [team.sectionIds[0], team.sectionIds[1]], [team.sectionIds[1]], [team.sectionIds[0]]];
      const results = await Promise.all(choices.map((sectionIds) => analyst.request(LINK, { i: { criterionId, sectionIds } })));
      expect(results.map(codeOf)).toEqual(['OK', 'OK', 'OK', 'OK']);
    }
  });

  it('linking a testimonial while it is deleted: the link is refused (BAD_USER_INPUT) or made first, never an internal error', async () => {
    const analyst = team.members.ANALYST.client;
    const { section } = await analyst.ok(SECTION_CRITERIA, { id: team.sectionIds[0] });
    const criterionId = section.criteria[0].id;
    for (let round = 0; round < 8; round++) {
      const { addTestimonial } = await analyst.ok(ADD_TESTIMONIAL, {
        i: { entryId: team.entryId, quote: `q${round}`, source: 'PATIENT' },
      });
      const testimonialId = addTestimonial.testimonial.id;
      const link = () => analyst.request(LINK, { i: { criterionId, testimonialIds: [testimonialId] } });
      const [a, b, deleted, c, d] = await Promise.all([link(), link(), analyst.request(DELETE_TESTIMONIAL, { i: { testimonialId } }), link(), link()]);
      expect(codeOf(deleted)).toBe('OK');
      for (const result of [a, b, c, d]) expect(['OK', 'BAD_USER_INPUT']).toContain(codeOf(result));
    }
  });
});
