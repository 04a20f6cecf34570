import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf } from '../test-support/api-client.js';
import { createTeam, type Team } from '../test-support/factories.js';
import { graphql } from '../test-support/gql/index.js';
import { startTestServer, type TestServer } from '../test-support/test-server.js';

// Two linkCriterion of one criterion at the same moment both deleted the old links and both
// inserted theirs: the second broke the unique (criterion, section) constraint; and a target
// deleted between linkCriterion's check and its insert broke the link's foreign key. Both were
// INTERNAL_SERVER_ERRORs, found by the schema fuzz.
let server: TestServer;
let team: Team;

beforeAll(async () => {
  server = await startTestServer();
  team = await createTeam(server);
});
afterAll(async () => {
  await server?.stop();
});

const LINK = graphql(`
  mutation EvidenceConcurrentLink($i: LinkCriterionInput!) {
    linkCriterion(input: $i) {
      criterion {
        id
      }
    }
  }
`);
const SECTION_CRITERIA = graphql(`
  query EvidenceConcurrentSectionCriteria($id: ID!) {
    section(id: $id) {
      criteria {
        id
      }
    }
  }
`);
const ADD_TESTIMONIAL = graphql(`
  mutation EvidenceConcurrentAddTestimonial($i: AddTestimonialInput!) {
    addTestimonial(input: $i) {
      testimonial {
        id
      }
    }
  }
`);
const DELETE_TESTIMONIAL = graphql(`
  mutation EvidenceConcurrentDeleteTestimonial($i: DeleteTestimonialInput!) {
    deleteTestimonial(input: $i) {
      deletedTestimonialId
    }
  }
`);

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
