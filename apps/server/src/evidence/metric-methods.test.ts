import { describe, expect, it } from 'vitest';
import { useTestTeam } from '../test-support/test-team.js';
import { IMPORT_VALUES, METHODS_ANALYSIS, METHODS_CREATE, METHODS_UPDATE } from '../test-support/operations.js';

const { team } = useTestTeam();

async function metricWith(fields: { name: string; kind: 'PROPORTION' | 'RATE' | 'MEAN'; ratePer?: number; confidenceLevel?: 'PERCENT_95' | 'PERCENT_99_8' }, csv: string): Promise<string> {
  const { createMetric } = await team.members.LEAD.client.ok(METHODS_CREATE, {
    i: { entryId: team.entryId, definition: 'As counted by the trust.', direction: 'HIGHER_IS_BETTER', ...fields },
  });
  await team.members.ANALYST.client.ok(IMPORT_VALUES, { i: { metricId: createMetric.metric.id, csv, replace: true } });
  return createMetric.metric.id;
}

async function analysisOf(metricId: string) {
  const { entry } = await team.members.LEAD.client.ok(METHODS_ANALYSIS, { id: team.entryId });
  return { analysis: entry!.metrics.find((m) => m.id === metricId)!.analysis, readiness: entry!.readiness };
}

describe('period order through the API (issue 13)', () => {
  it('Pre/Post-intervention: a +25 point improvement reads as one, never “fell from 75.0% to 50.0%”', async () => {
    const id = await metricWith({ name: 'Sepsis screening', kind: 'PROPORTION' }, 'period,ethnic_code,numerator,denominator\nPost-intervention,A,150,200\nPre-intervention,A,100,200\n');
    const { analysis } = await analysisOf(id);
    expect(analysis).toMatchObject({ periodOrder: 'DETECTED', baselinePeriod: 'Pre-intervention', followUpPeriod: 'Post-intervention', confidenceLevel: 'PERCENT_95', confidence: 0.95 });
    expect(analysis.groups[0].changeSentence).toMatch(/^Sepsis screening among White patients rose from 50\.0% to 75\.0% .*an improvement unlikely to be due to chance alone\.$/);
    expect(analysis.methods.map((m) => m.name)).toContain('Wilson score interval');
  });

  it('an unclear order asks: UNCLEAR, no sentence, flagged by readiness, until the analyst chooses', async () => {
    const id = await metricWith({ name: 'Audit compliance', kind: 'PROPORTION' }, 'period,ethnic_code,numerator,denominator\nAudit A,A,100,200\nAudit B,A,150,200\n');
    let { analysis, readiness } = await analysisOf(id);
    expect(analysis).toMatchObject({ periodOrder: 'UNCLEAR', baselinePeriod: null, groups: [], sentences: [] });
    expect(analysis.message).toMatch(/The order of the periods is unclear/);
    expect(readiness.missingQuantitativeEvidence).toContainEqual({ message: expect.stringMatching(/^“Audit compliance”: The order of the periods is unclear/), metric: { id } });

    const { updateMetric } = await team.members.LEAD.client.ok(METHODS_UPDATE, { i: { metricId: id, baselinePeriod: 'Audit A', followUpPeriod: 'Audit B' } });
    expect(updateMetric.metric).toMatchObject({ baselinePeriod: 'Audit A', followUpPeriod: 'Audit B' });
    ({ analysis, readiness } = await analysisOf(id));
    expect(analysis).toMatchObject({ periodOrder: 'CHOSEN', baselinePeriod: 'Audit A', followUpPeriod: 'Audit B' });
    expect(analysis.groups[0].changeSentence).toMatch(/rose from 50\.0% to 75\.0%/);
    expect(readiness.missingQuantitativeEvidence.filter((m) => m.metric?.id === id)).toEqual([]);
  });
});

describe('methods through the API', () => {
  it('a rate of 1,200 per 1,000 is accepted, with Byar’s interval at 99.8% and a sentence', async () => {
    const id = await metricWith(
      { name: 'GP appointments', kind: 'RATE', ratePer: 1000, confidenceLevel: 'PERCENT_99_8' },
      'period,ethnic_code,numerator,denominator\n2023,A,1200,1000\n2024,A,1500,1000\n',
    );
    const { analysis } = await analysisOf(id);
    expect(analysis).toMatchObject({ confidenceLevel: 'PERCENT_99_8', confidence: 0.998, periodOrder: 'DETECTED' });
    const value = analysis.groups[0].baseline.value;
    expect(value.estimate! * 1000).toBeCloseTo(1200, 9);
    expect(value.lower! * 1000).toBeCloseTo(1095.7891, 4);
    expect(value.upper! * 1000).toBeCloseTo(1310.9547, 4);
    expect(analysis.groups[0].changeSentence).toMatch(/^GP appointments among White patients rose from 1200\.0 per 1,000 to 1500\.0 per 1,000 \(change \+300\.0 per 1,000, 99\.8% CI /);
    expect(analysis.methods.map((m) => m.name)).toEqual(['99.8% confidence intervals', 'Exact Poisson interval', 'Byar’s method', 'MOVER difference of rates', 'Rate ratio, log method']);
    expect(analysis.methods.every((m) => m.reference.length > 20)).toBe(true);
  });

  it('a proportion above 1 is still refused, and the level can be changed', async () => {
    const { createMetric } = await team.members.LEAD.client.ok(METHODS_CREATE, { i: { entryId: team.entryId, name: 'Uptake', definition: 'x', kind: 'PROPORTION', direction: 'HIGHER_IS_BETTER' } });
    const refused = await team.members.ANALYST.client.request(IMPORT_VALUES, {
      i: { metricId: createMetric.metric.id, csv: 'period,ethnic_code,numerator,denominator\n2023,A,12,10\n', replace: true },
    });
    expect(refused.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    const { updateMetric } = await team.members.LEAD.client.ok(METHODS_UPDATE, { i: { metricId: createMetric.metric.id, confidenceLevel: 'PERCENT_99_8' } });
    expect(updateMetric.metric.confidenceLevel).toBe('PERCENT_99_8');
  });
});
