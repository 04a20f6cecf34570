import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf } from '../test-support/api-client.js';
import { addMetric } from '../test-support/evidence-factories.js';
import { createTeam, type Team } from '../test-support/factories.js';
import { graphql } from '../test-support/gql/index.js';
import { startTestServer, type TestServer } from '../test-support/test-server.js';
import { MetricValue } from './metric-value.entity.js';

const SET = graphql(`
  mutation DisclosureSetValues($i: SetMetricValuesInput!) {
    setMetricValues(input: $i) {
      written
    }
  }
`);
const IMPORT = graphql(`
  mutation DisclosureImportValues($i: ImportMetricValuesInput!) {
    importMetricValues(input: $i) {
      written
    }
  }
`);
const UPDATE = graphql(`
  mutation DisclosureUpdateMetric($i: UpdateMetricInput!) {
    updateMetric(input: $i) {
      metric {
        id
      }
    }
  }
`);
const READ = graphql(`
  query DisclosureRead($id: ID!) {
    entry(id: $id) {
      abilities {
        canEditEvidence
        canEditValues
      }
      metrics {
        id
        values {
          period
          ethnicCode
          numerator
          denominator
        }
        analysis {
          groups {
            group
            baseline {
              numerator
              denominator
            }
          }
        }
      }
    }
  }
`);

const ASIAN = 'Asian or Asian British';

let server: TestServer;
let team: Team;

beforeAll(async () => {
  server = await startTestServer();
  team = await createTeam(server);
});
afterAll(() => server?.stop());

/** A metric where the Asian group is Indian 3/20 (small, hidden) and Pakistani 400/500 (hidden so that the group's total cannot be differenced). */
async function attackedMetric(): Promise<string> {
  const metricId = await addMetric(server, team);
  const values = [
    { period: '2023', ethnicCode: 'A', numerator: 700, denominator: 900 },
    { period: '2023', ethnicCode: 'H', numerator: 3, denominator: 20 },
    { period: '2023', ethnicCode: 'J', numerator: 400, denominator: 500 },
    { period: '2024', ethnicCode: 'A', numerator: 720, denominator: 900 },
  ];
  await team.members.ANALYST.client.ok(SET, { i: { metricId, values } });
  return metricId;
}

async function seenBy(role: 'LEAD' | 'ANALYST' | 'NURSE', metricId: string) {
  const { entry } = await team.members[role].client.ok(READ, { id: team.entryId });
  const metric = entry!.metrics.find((m) => m.id === metricId)!;
  return { abilities: entry!.abilities, metric, cell: (code: string) => metric.values.find((v) => v.period === '2023' && v.ethnicCode === code)! };
}

describe('disclosure control against someone who may edit the evidence', () => {
  it('the overwrite-and-difference attack: a lead cannot write a hidden cell, so never sees its complement (nor learns the hidden cell)', async () => {
    const metricId = await attackedMetric();
    const before = await seenBy('LEAD', metricId);
    // The lead sees the group's total and neither of its cells.
    expect(before.metric.analysis.groups.find((g) => g.group === ASIAN)!.baseline).toEqual({ numerator: 403, denominator: 520 });
    expect(before.cell('H')).toMatchObject({ numerator: null, denominator: null });
    expect(before.cell('J')).toMatchObject({ numerator: null, denominator: null });

    // The attack: overwrite the hidden Indian cell with 10/20, which is not small, so that the
    // Pakistani cell no longer needs hiding; read it; subtract it from the total.
    const overwrite = await team.members.LEAD.client.request(SET, { i: { metricId, values: [{ period: '2023', ethnicCode: 'H', numerator: 10, denominator: 20 }] } });
    const imported = await team.members.LEAD.client.request(IMPORT, { i: { metricId, csv: 'period,ethnic_code,numerator,denominator\n2023,H,10,20\n' } });
    const after = await seenBy('LEAD', metricId);
    // The lead never sees the complement, whatever the write did...
    expect(after.cell('J')).toMatchObject({ numerator: null, denominator: null });
    // ...because the write was refused and nothing changed.
    expect(codeOf(overwrite)).toBe('FORBIDDEN');
    expect(codeOf(imported)).toBe('FORBIDDEN');
    const stored = await server.orm.em.fork().findOneOrFail(MetricValue, { metric: metricId, period: '2023', ethnicCode: 'H' });
    expect(stored).toMatchObject({ numerator: 3, denominator: 20 });
    expect(after.abilities).toEqual({ canEditEvidence: true, canEditValues: false });
  });

  it('nor can the lead lower the suppression threshold to make hidden cells appear; the analyst, who sees every value, may change both', async () => {
    const metricId = await attackedMetric();
    await team.members.ANALYST.client.ok(UPDATE, { i: { metricId, suppressionThreshold: 10 } });
    expect(codeOf(await team.members.LEAD.client.request(UPDATE, { i: { metricId, suppressionThreshold: 5 } }))).toBe('FORBIDDEN');
    expect(codeOf(await team.members.NURSE.client.request(SET, { i: { metricId, values: [{ period: '2023', ethnicCode: 'H', numerator: 10, denominator: 20 }] } }))).toBe('FORBIDDEN');
    // Other settings stay open to whoever edits the evidence.
    await team.members.LEAD.client.ok(UPDATE, { i: { metricId, dataSource: 'SUS' } });

    const analyst = await seenBy('ANALYST', metricId);
    expect(analyst.abilities).toEqual({ canEditEvidence: true, canEditValues: true });
    expect(analyst.cell('H')).toMatchObject({ numerator: 3, denominator: 20 });
    await team.members.ANALYST.client.ok(SET, { i: { metricId, values: [{ period: '2023', ethnicCode: 'H', numerator: 10, denominator: 20 }] } });
    expect((await seenBy('ANALYST', metricId)).cell('H')).toMatchObject({ numerator: 10, denominator: 20 });
  });
});
