import { describe, expect, it } from 'vitest';
import { codeOf } from '../test-support/api-client.js';
import { addMember } from '../test-support/factories.js';
import { useTestTeam } from '../test-support/test-team.js';
import { CHANGE, CREATE_METRIC, DELETE_METRIC, REMOVE_MEMBER, SET_VALUES } from '../test-support/operations.js';

// A row checked, then removed by a request at the same moment before this one locked it, used to
// be an INTERNAL_SERVER_ERROR (MikroORM's findOneOrFail; the schema fuzz found removeMember). The
// request that comes second gets NOT_FOUND, as it would have a moment later.
const { server, team } = useTestTeam();

describe('requests at the same moment on a row one of them removes', () => {
  it('removing a member several times at once: one removes, the others get NOT_FOUND', async () => {
    const lead = team.members.LEAD.client;
    for (let round = 0; round < 3; round++) {
      const { membershipId } = await addMember(server, team.entryId, 'NURSE');
      const results = await Promise.all([
        ...Array.from({ length: 3 }, () => lead.request(REMOVE_MEMBER, { i: { membershipId } })),
        ...Array.from({ length: 2 }, () => lead.request(CHANGE, { i: { membershipId, role: 'MEDIC' } })),
      ]);
      const removes = results.slice(0, 3).map(codeOf).sort();
      expect(removes).toEqual(['NOT_FOUND', 'NOT_FOUND', 'OK']);
      for (const result of results.slice(3)) expect(['OK', 'NOT_FOUND']).toContain(codeOf(result));
    }
  });

  it('writing a metric’s values while it is deleted: the writes get NOT_FOUND or come first', async () => {
    const analyst = team.members.ANALYST.client;
    for (let round = 0; round < 3; round++) {
      const { createMetric } = await analyst.ok(CREATE_METRIC, {
        i: { entryId: team.entryId, name: `m${round}`, definition: 'd', kind: 'PROPORTION', direction: 'HIGHER_IS_BETTER' },
      });
      const metricId = createMetric.metric.id;
      const results = await Promise.all([
        analyst.request(DELETE_METRIC, { i: { metricId } }),
        ...Array.from({ length: 3 }, (_, k) => analyst.request(SET_VALUES, { i: { metricId, values: [{ period: `${2020 + k}`, ethnicCode: 'A', numerator: 1, denominator: 2 }] } })),
      ]);
      expect(codeOf(results[0])).toBe('OK');
      for (const result of results.slice(1)) expect(['OK', 'NOT_FOUND']).toContain(codeOf(result));
    }
  });
});
