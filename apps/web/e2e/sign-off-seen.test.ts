// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { apiFrom, browserSession, checkPage, CHROMIUM, DEMO_ENTRY, DEMO_PASSWORD, hasChromium, LONG } from './browser';

// A sign-off is given on what its signer saw (issue 11): the web app sends the text's hash and
// the evidence's digest it read together; a figure changed in between is refused, not signed.

if (!hasChromium) console.warn(`Skipping the sign-on-what-was-seen browser test: ${CHROMIUM} is not installed.`);

const SECTION = 'Impact on patient safety';

interface Found {
  data: { entries: { nodes: { id: string; title: string; sections: { id: string; title: string; criteria: { id: string }[] }[] }[] } };
}

describe.skipIf(!hasChromium)('signing against what was seen, in Chromium against the real server', { timeout: 240_000 }, () => {
  const session = browserSession();

  it('refuses a sign-off when a metric the section presents changed after the page read it, says so, and signs once read again', async () => {
    const { page } = await session.logIn('analyst@demo.quorum.test');
    const api = async (query: string, variables: Record<string, unknown> = {}) => {
      const answer = await apiFrom(page, query, variables);
      expect(answer.errors).toBeUndefined();
      return answer.data;
    };
    const found = (await apiFrom<Found>(page, '{ entries(first: 10) { nodes { id title sections { id title criteria { id } } } } }')).data;
    const entry = found.entries.nodes.find((e) => e.title === DEMO_ENTRY)!;
    const section = entry.sections.find((s) => s.title === SECTION)!;
    const metric = (
      await api('mutation($i: CreateMetricInput!) { createMetric(input: $i) { metric { id } } }', {
        i: { entryId: entry.id, name: 'Sepsis screening', definition: 'Patients screened within an hour.', kind: 'PROPORTION', direction: 'HIGHER_IS_BETTER' },
      })
    ).createMetric.metric.id as string;
    const setValue = (numerator: number) =>
      api('mutation($i: SetMetricValuesInput!) { setMetricValues(input: $i) { written } }', { i: { metricId: metric, values: [{ period: '2025', ethnicCode: 'A', numerator, denominator: 400 }] } });
    await setValue(310);
    await api('mutation($i: LinkCriterionInput!) { linkCriterion(input: $i) { criterion { id } } }', { i: { criterionId: section.criteria[0].id, metricIds: [metric] } });

    await page.goto(`${session.app.url}/entries/${entry.id}/sections/${section.id}`);
    await expect.poll(() => page.locator('#section-title').textContent(), LONG).toBe(SECTION);
    const panel = page.getByTestId('sign-off-panel');
    await panel.getByLabel('Approve', { exact: true }).waitFor(LONG);
    await page.waitForLoadState('networkidle');

    // While the analyst reads, the figure is corrected (as a colleague would, from another tool).
    await setValue(290);

    await panel.getByLabel('Approve', { exact: true }).check();
    await panel.getByLabel('Your password', { exact: true }).fill(DEMO_PASSWORD);
    await panel.getByRole('button', { name: 'Sign off this section' }).click();
    await expect
      .poll(() => panel.locator('.nhsuk-error-summary').textContent(), LONG)
      .toContain('The evidence this section presents (its metrics or testimonials) has changed since you read it: read it again, then sign off what it shows now.');
    const signOffs = async () => (await api('query($id: ID!) { section(id: $id) { signOffs { totalCount } } }', { id: section.id })).section.signOffs.totalCount as number;
    expect(await signOffs()).toBe(0);
    await checkPage(page, 'sign-off-seen-1-evidence-changed', panel);

    // The panel has read the section again: signing now is on what it presents now.
    await panel.getByLabel('Approve', { exact: true }).check();
    await panel.getByLabel('Your password', { exact: true }).fill(DEMO_PASSWORD);
    await panel.getByRole('button', { name: 'Sign off this section' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent), LONG).toBe(`You approved “${SECTION}”.`);
    expect(await signOffs()).toBe(1);
    await checkPage(page, 'sign-off-seen-2-signed', panel);
  });
});
