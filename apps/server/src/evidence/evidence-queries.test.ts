import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import type { ApiClient } from '../test-support/api-client.js';
import { createTeam } from '../test-support/factories.js';
import { ADD_TESTIMONIAL, CREATE_METRIC, ENTRY_CRITERIA, EVIDENCE_PAGE, IMPORT_VALUES, LINK, RECORD_CONSENT } from '../test-support/operations.js';
import { statementRecorder } from '../test-support/statements.js';
import { useTestServer } from '../test-support/test-team.js';

/** Everything the evidence views read for an entry, in one query. */
const { onQuery, withStatements } = statementRecorder();
const { server } = useTestServer({}, { onQuery });

/** An entry with `size` metrics (with values), testimonials (with consent) and criteria links. */
async function entryWithEvidence(size: number) {
  const team = await createTeam(server);
  const lead = team.members.LEAD.client;
  const criteria = (await lead.ok(ENTRY_CRITERIA, { id: team.entryId })).entry.sections.flatMap((s) => s.criteria);
  for (let i = 0; i < size; i++) {
    const metric = (await lead.ok(CREATE_METRIC, { i: { entryId: team.entryId, name: `M${i}`, definition: 'd', kind: 'PROPORTION', direction: 'HIGHER_IS_BETTER' } })).createMetric.metric.id;
    await team.members.ANALYST.client.ok(IMPORT_VALUES, { i: { metricId: metric, csv: 'period,ethnic_code,numerator,denominator\n1,A,30,60\n1,M,3,40\n2,A,35,60\n2,M,20,40\n' } });
    const testimonial = (await lead.ok(ADD_TESTIMONIAL, { i: { entryId: team.entryId, quote: `Q${i}`, source: 'PATIENT' } })).addTestimonial.testimonial.id;
    await lead.ok(RECORD_CONSENT, { i: { testimonialId: testimonial, status: 'GIVEN', date: '2025-01-01' } });
    await lead.ok(LINK, { i: { criterionId: criteria[i % criteria.length].id, sectionIds: [team.sectionIds[0]], metricIds: [metric], testimonialIds: [testimonial] } });
  }
  return { client: team.members.NURSE.client, entryId: team.entryId };
}

async function statementsFor(client: ApiClient, entryId: string): Promise<number> {
  const { result, sql } = await withStatements(() => client.request(EVIDENCE_PAGE, { id: entryId }));
  expect(result.errors).toBeUndefined();
  return sql.length;
}

describe('the evidence of an entry', () => {
  it('costs the same number of SQL statements for 1 or 8 metrics, testimonials and links (no N+1)', async () => {
    const small = await entryWithEvidence(1);
    const large = await entryWithEvidence(8);
    const [few, many] = [await statementsFor(small.client, small.entryId), await statementsFor(large.client, large.entryId)];
    expect(many).toBe(few);
    expect(few).toBeGreaterThan(5); // counting works
    expect(few).toBeLessThan(20);
  });
});
