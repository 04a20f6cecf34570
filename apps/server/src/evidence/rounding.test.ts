import { describe, expect, it } from 'vitest';
import { codeOf } from '../test-support/api-client.js';
import { addMetric } from '../test-support/evidence-factories.js';
import { useTestTeam } from '../test-support/test-team.js';
import { roundToFive } from './suppression-marks.js';
import { DISCLOSURE_SET_VALUES, ROUND, ROUNDING_READ } from '../test-support/operations.js';

const { server, team } = useTestTeam();

describe('rounding to the nearest 5', () => {
  it('is a setting only analysts change; then counts shown to others are rounded and every figure is worked out from them, and analysts see the figures as entered', async () => {
    const metricId = await addMetric(server, team);
    await team.members.ANALYST.client.ok(DISCLOSURE_SET_VALUES, {
      i: {
        metricId,
        values: [
          { period: '2023', ethnicCode: 'A', numerator: 703, denominator: 901 },
          { period: '2024', ethnicCode: 'A', numerator: 722, denominator: 898 },
        ],
      },
    });
    expect(codeOf(await team.members.LEAD.client.request(ROUND, { i: { metricId, roundToFive: true } }))).toBe('FORBIDDEN');
    expect((await team.members.ANALYST.client.ok(ROUND, { i: { metricId, roundToFive: true } })).updateMetric.metric.roundToFive).toBe(true);

    const read = async (role: 'NURSE' | 'ANALYST') => (await team.members[role].client.ok(ROUNDING_READ, { id: team.entryId })).entry!.metrics.find((m) => m.id === metricId)!;
    const nurse = await read('NURSE');
    expect(nurse.values.map((v) => [v.period, v.numerator, v.denominator])).toEqual([
      ['2023', 705, 900],
      ['2024', 720, 900],
    ]);
    const white = nurse.analysis.groups.find((g) => g.group === 'White')!;
    expect(white.baseline).toMatchObject({ numerator: 705, denominator: 900 });
    // Rounded first, then analysed (NHS Digital's practice): 705/900, not the 703/901 it hides.
    expect(white.baseline.value.estimate).toBeCloseTo(705 / 900, 10);
    const analyst = await read('ANALYST');
    expect(analyst.values.map((v) => [v.numerator, v.denominator])).toEqual([
      [703, 901],
      [722, 898],
    ]);
    expect(analyst.analysis.groups.find((g) => g.group === 'White')!.baseline.value.estimate).toBeCloseTo(703 / 901, 10);
    // The analysis file, as the nurse downloads it, rounds too.
    const csv = await (await fetch(`${server.url}/metrics/${metricId}/analysis.csv`, { headers: { cookie: team.members.NURSE.client.cookie! } })).text();
    expect(csv).toContain(',A,705,900,');
    expect(csv).not.toMatch(/,703,|,901,/);
  });

  it('rounds half up to the nearest 5', () => {
    expect([0, 2, 3, 7, 8, 12.5, 1102].map(roundToFive)).toEqual([0, 0, 5, 5, 10, 15, 1100]);
  });
});
