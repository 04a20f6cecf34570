import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf } from '../test-support/api-client.js';
import { createTeam, type Team } from '../test-support/factories.js';
import { startTestServer, type TestServer } from '../test-support/test-server.js';

// Two linkCriterion of one criterion at the same moment both deleted the old links and both
// inserted theirs: the second broke the unique (criterion, section) constraint, an
// INTERNAL_SERVER_ERROR (found by the schema fuzz on PostgreSQL, where transactions overlap).
let server: TestServer;
let team: Team;

beforeAll(async () => {
  server = await startTestServer();
  team = await createTeam(server);
});
afterAll(async () => {
  await server?.stop();
});

const LINK = 'mutation($i: LinkCriterionInput!) { linkCriterion(input: $i) { criterion { id } } }';

describe('setting what answers a criterion, several times at once', () => {
  it('every request is answered, none with an internal error', async () => {
    const analyst = team.members.ANALYST.client;
    const { section } = await analyst.ok('query($id: ID!) { section(id: $id) { criteria { id } } }', { id: team.sectionIds[0] });
    for (const { id: criterionId } of section.criteria.slice(0, 3)) {
      const choices = [[team.sectionIds[0]], [team.sectionIds[0], team.sectionIds[1]], [team.sectionIds[1]], [team.sectionIds[0]]];
      const results = await Promise.all(choices.map((sectionIds) => analyst.request(LINK, { i: { criterionId, sectionIds } })));
      expect(results.map(codeOf)).toEqual(['OK', 'OK', 'OK', 'OK']);
    }
  });
});
