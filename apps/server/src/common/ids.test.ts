import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTeam, type Team } from '../test-support/factories.js';
import { startTestServer, type TestServer } from '../test-support/test-server.js';

// Every id the API takes is a UUID; anything else reaching a uuid column was a database error,
// i.e. an INTERNAL_SERVER_ERROR (the schema fuzz found `section(id: "")`). Each is refused at
// the boundary as BAD_USER_INPUT naming the argument or input field.
const MALFORMED = ['', 'wrong', '1e400', 'audit:6f1c2f3e-2b1a-4c5d-9e8f-0a1b2c3d4e5f', '6f1c2f3e-2b1a-4c5d-9e8f-0a1b2c3d4e5'];

let server: TestServer;
let team: Team;

beforeAll(async () => {
  server = await startTestServer();
  team = await createTeam(server);
});
afterAll(async () => {
  await server?.stop();
});

const CASES = [
  { name: 'section(id) as a variable', query: 'query($id: ID!) { section(id: $id) { id } }', variables: (bad: string) => ({ id: bad }), field: 'id' },
  { name: 'exportEntry(entryId)', query: 'query($id: ID!) { exportEntry(entryId: $id, format: MARKDOWN) { filename } }', variables: (bad: string) => ({ id: bad }), field: 'entryId' },
  { name: 'a list of ids in an input', query: 'mutation($input: AddCommentInput!) { addComment(input: $input) { comment { id } } }', variables: (bad: string) => ({ input: { sectionId: team.sectionIds[0], body: 'ok', mentionedUserIds: [team.members.LEAD.user.id, bad] } }), field: 'input.mentionedUserIds[1]' },
];

describe('an id that is not a UUID', () => {
  for (const c of CASES) {
    it(`is BAD_USER_INPUT on ${c.field}, not an internal error: ${c.name}`, async () => {
      for (const bad of MALFORMED) {
        const result = await team.members.LEAD.client.request(c.query, c.variables(bad));
        expect(result.errors?.map((e) => [e.extensions?.code, e.extensions?.field]), JSON.stringify(bad)).toEqual([['BAD_USER_INPUT', c.field]]);
      }
    });
  }

  it('is refused written into the query too', async () => {
    const result = await team.members.LEAD.client.request('{ section(id: "wrong") { id } }');
    expect(result.errors?.map((e) => [e.extensions?.code, e.extensions?.field])).toEqual([['BAD_USER_INPUT', 'id']]);
  });

  it('in capitals is still a UUID', async () => {
    const data = await team.members.LEAD.client.ok('query($id: ID!) { section(id: $id) { id } }', { id: team.sectionIds[0].toUpperCase() });
    expect(data.section.id).toBe(team.sectionIds[0]);
  });
});
