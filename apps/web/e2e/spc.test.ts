// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { apiFrom, browserSession, checkPage as check, hasChromium, onDemoEntryAs } from './browser';

/** 15 months of one group: 50% for 8 months, then 70% (a shift), enough for firm limits. */
const MONTHS = Array.from({ length: 15 }, (_, i) => (i < 12 ? `2024-${String(i + 1).padStart(2, '0')}` : `2025-0${i - 11}`));
const CSV = ['period,ethnic_code,numerator,denominator', ...MONTHS.map((period, i) => `${period},A,${(i < 8 ? 100 : 140) + (i % 2 ? 4 : -4)},200`)].join('\n');

describe.skipIf(!hasChromium)('SPC chart in Chromium, against the real server', { timeout: 120_000 }, () => {
  const session = browserSession();

  it('the analyst reads a metric’s SPC chart: an SVG image with a title and description, icons in words, and a table of every point', async () => {
    const { page, entryId } = await onDemoEntryAs(session, 'analyst@demo.quorum.test');
    const api = (query: string, variables: Record<string, unknown>) => apiFrom(page, query, variables);
    const created = await api('mutation($i: CreateMetricInput!) { createMetric(input: $i) { metric { id } } }', {
      i: { entryId, name: 'screening by the hour', definition: 'Adults with suspected sepsis screened within an hour', kind: 'PROPORTION', direction: 'HIGHER_IS_BETTER' },
    });
    const metricId = created.data.createMetric.metric.id;
    await api('mutation($i: ImportMetricValuesInput!) { importMetricValues(input: $i) { written } }', { i: { metricId, csv: CSV } });

    await page.goto(`${session.app.url}/entries/${entryId}/evidence/metrics/${metricId}`);
    const chart = page.getByRole('img', { name: /screening by the hour: SPC chart \(p-chart\) for all people/ });
    await expect.poll(() => chart.isVisible()).toBe(true);
    expect(await chart.locator('desc').textContent()).toMatch(/^SPC p-chart of screening by the hour for all patients, 15 periods from 2024-01 to 2025-03\./);
    expect(await page.getByText('Special cause variation: improving', { exact: true }).first().isVisible()).toBe(true);
    await page.getByText('Figures for the SPC chart for all people').click();
    const table = page.getByRole('table', { name: /SPC chart \(p-chart\) for all people/ });
    await expect.poll(() => table.isVisible()).toBe(true);
    expect(await table.getByRole('row').count()).toBe(16);
    expect(await table.getByRole('row', { name: /^2025-03 / }).textContent()).toContain('run of 7 or more above the mean');
    await check(page, '26-spc-chart');
    await page.context().close();
  });
});
