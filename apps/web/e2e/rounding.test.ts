// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { apiFrom, browserSession, checkPage as check, hasChromium, LONG, onDemoEntryAs, screenshot } from './browser';

const BANDS = ['0-4', '5-9', '10-14', '15-19', '20-24', '25-29', '30-34', '35-39', '40-44', '45-49', '50-54', '55-59', '60-64', '65-69', '70-74', '75-79', '80-84', '85-89', '90+'];
// White British by age band: 30 events in 85-89 (10,000 people) and 20 in 90+ (5,000), none in the other bands (10,000 each):
// 8.5 per 100,000 age-standardised (95% CI 6.3 to 11.2), worked by hand in the server's age-standardised.test.ts.
const WHITE = BANDS.map((ageBand) => ({ period: '2023', ethnicCode: 'A', ageBand, numerator: ageBand === '85-89' ? 30 : ageBand === '90+' ? 20 : 0, denominator: ageBand === '90+' ? 5000 : 10000 }));
// Indian: 9 events in 1,012 people in one band (too few for an age-standardised rate), counts that rounding to the nearest 5 shows as 10 and 1,010.
const INDIAN = [{ period: '2023', ethnicCode: 'H', ageBand: '60-64', numerator: 9, denominator: 1012 }];

describe.skipIf(!hasChromium)('age-standardised rates and rounding to 5 in Chromium, against the real server', { timeout: 120_000 }, () => {
  const session = browserSession();

  const analystPage = () => onDemoEntryAs(session, 'analyst@demo.quorum.test');

  it('the analyst reads age-standardised rates and turns on rounding to 5 by keyboard; the lead then sees rounded counts and no control', async () => {
    const { page, entryId } = await analystPage();
    const api = (query: string, variables: Record<string, unknown>) => apiFrom(page, query, variables);
    const created = await api('mutation($i: CreateMetricInput!) { createMetric(input: $i) { metric { id } } }', {
      i: { entryId, name: 'emergency admissions', definition: 'Emergency admissions per 100,000 residents', kind: 'RATE', ratePer: 100000, direction: 'LOWER_IS_BETTER' },
    });
    const metricId = created.data.createMetric.metric.id;
    const written = await api('mutation($i: SetMetricValuesInput!) { setMetricValues(input: $i) { written } }', { i: { metricId, values: [...WHITE, ...INDIAN], replace: true } });
    expect(written.data.setMetricValues.written).toBe(20);
    const path = `/entries/${entryId}/evidence/metrics/${metricId}`;

    await page.goto(`${session.app.url}${path}`);
    const rates = page.getByRole('table', { name: 'emergency admissions: age-standardised and crude rates by group and period' });
    await expect.poll(() => rates.isVisible(), LONG).toBe(true);
    const white = await rates.getByRole('row', { name: /^White/ }).textContent();
    expect(white).toContain('8.5 per 100,000 (95% CI 6.3 to 11.2)');
    expect(white).toContain('27.0 per 100,000');
    // 9 events: a crude rate, but too few for an age-standardised one.
    expect(await rates.getByRole('row', { name: /^Asian/ }).textContent()).toContain('Not shown: fewer than 10 events');
    // The values table says each row's age band.
    expect(await page.locator('#values-grid').getByRole('columnheader', { name: 'Age band' }).isVisible()).toBe(true);

    // Rounding, by keyboard only: the checkbox, then its Save button.
    const box = page.getByRole('checkbox', { name: 'Round counts to the nearest 5' });
    expect(await box.isChecked()).toBe(false);
    expect(await box.getAttribute('aria-describedby')).toBe('round-to-five-hint');
    await box.focus();
    await page.keyboard.press('Space');
    expect(await box.isChecked()).toBe(true);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Save rounding');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('announcer').textContent(), LONG).toBe('Counts are now rounded to the nearest 5.');
    // The form stays as it was (not drawn anew), so focus stays on its button and the keyboard carries on from there.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Save rounding');
    expect(await page.locator('form[aria-labelledby="round-to-five-heading"]').textContent()).toContain('Counts are now rounded to the nearest 5.');
    // Said once, by the announcer: the form's own confirmation is not a live region too.
    expect(await page.getByRole('status').filter({ hasText: 'Counts are now rounded' }).count()).toBe(1);
    expect(await box.isChecked()).toBe(true);
    await screenshot(page.locator('form[aria-labelledby="round-to-five-heading"]'), '27-rounding-saved');
    await check(page, '27-rounding-and-standardised-rates');
    await page.reload();
    await expect.poll(() => page.getByRole('checkbox', { name: 'Round counts to the nearest 5' }).isChecked(), LONG).toBe(true);
    // The analyst sees every value as entered, rounding or not.
    expect(await page.locator('#values-grid').getByLabel('Row 20 Numerator').inputValue()).toBe('9');

    const { page: lead } = await session.logIn('lead@demo.quorum.test');
    await lead.goto(`${session.app.url}${path}`);
    await expect.poll(() => lead.getByText('Counts are rounded to the nearest 5', { exact: false }).isVisible(), LONG).toBe(true);
    expect(await lead.getByRole('checkbox', { name: 'Round counts to the nearest 5' }).count()).toBe(0);
    // Period, category, age band, events, population, mark: the counts rounded.
    expect(
      await lead
        .locator('#values-grid')
        .getByRole('row', { name: /Indian/ })
        .locator('td')
        .allTextContents(),
    ).toEqual(['2023', 'Indian (H)', '60-64', '10', '1010', 'Shown']);
    const leadRates = lead.getByRole('table', { name: /age-standardised and crude rates/ }).getByRole('row', { name: /^Asian/ });
    expect((await leadRates.locator('td').allTextContents()).slice(0, 3)).toEqual(['2023', '10', '1,010']);
    // The crude rate is worked out from the rounded counts (10 of 1,010), not the 9 of 1,012 they hide (889.3).
    expect(await leadRates.textContent()).toContain(`${((10 / 1010) * 100000).toFixed(1)} per 100,000`);
    expect(await leadRates.textContent()).not.toContain('889.3');
    await check(lead, '28-rounded-counts-for-the-lead');
  });
});
