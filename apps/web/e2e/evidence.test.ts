// @vitest-environment node
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { apiFrom, browserSession, checkPage as check, DEMO_ENTRY, hasChromium, screenshot, seriousViolations } from './browser';

const BAD_CSV = ['period,ethnic_code,numerator,denominator', '2023-Q1,A,120,200', '2023-Q1,X,10,20', '2023-Q1,N,30,20'].join('\n');
const GOOD_CSV = [
  'period,ethnic_code,numerator,denominator',
  '2023-Q1,A,120,200',
  '2023-Q1,N,40,100',
  '2023-Q1,H,3,30',
  '2023-Q2,A,130,200',
  '2023-Q2,N,52,100',
  '2023-Q2,H,12,30',
  '2023-Q3,A,140,200',
  '2023-Q3,N,65,100',
  '2023-Q3,H,15,30',
].join('\n');

describe.skipIf(!hasChromium)('evidence in Chromium, against the real server', { timeout: 120_000 }, () => {
  const session = browserSession();

  /** The lead (or another member), logged in, on the demo entry's evidence page. */
  async function leadOnEvidencePage(email = 'lead@demo.quorum.test'): Promise<{ lead: Page; context: BrowserContext; entryId: string }> {
    const { page: lead, context } = await session.logIn(email);
    await lead.getByRole('link', { name: DEMO_ENTRY }).click();
    await lead.getByRole('link', { name: 'Evidence', exact: true }).click();
    await expect.poll(() => lead.locator('h2', { hasText: 'Readiness to submit' }).isVisible()).toBe(true);
    return { lead, context, entryId: new URL(lead.url()).pathname.split('/')[2] };
  }

  // Values are entered by those who see every value (disclosure control): the analyst.
  it('the analyst adds a metric, imports values (a bad file first), reads the results, corrects a value in the table and adds a testimonial', async () => {
    const { lead } = await leadOnEvidencePage('analyst@demo.quorum.test');
    await check(lead, '20-evidence');

    await lead.getByRole('button', { name: 'Add a metric' }).click();
    await lead.getByRole('button', { name: 'Create metric' }).click();
    await expect.poll(() => lead.locator('.nhsuk-error-summary').textContent()).toContain('Enter a short name for the metric');
    await check(lead, '21-new-metric-errors');

    await lead.getByLabel('Name').fill('sepsis screening within one hour');
    await lead.getByLabel('Definition').fill('Adults with suspected sepsis screened within one hour of arrival, out of all adults with suspected sepsis');
    await lead.getByLabel('Proportion').check();
    await lead.getByLabel('Higher is better').check();
    await lead.getByLabel('Data source (optional)').fill('Trust EPR, sepsis audit');
    await lead.getByRole('button', { name: 'Create metric' }).click();
    await expect.poll(() => lead.locator('h2', { hasText: 'sepsis screening within one hour' }).isVisible()).toBe(true);

    await lead.getByLabel('Values as CSV').fill(BAD_CSV);
    await lead.getByRole('button', { name: 'Import values' }).click();
    const summary = lead.locator('.nhsuk-error-summary');
    await expect.poll(() => summary.textContent()).toContain('Line 3');
    expect(await summary.textContent()).toContain('Line 4');
    await check(lead, '22-import-errors');

    await lead.getByLabel('Values as CSV').fill(GOOD_CSV);
    await lead.getByRole('button', { name: 'Import values' }).click();
    await expect.poll(() => lead.getByText('9 values were imported.').isVisible()).toBe(true);
    await expect.poll(() => lead.getByRole('table', { name: /by group/ }).isVisible()).toBe(true);
    expect(await lead.getByRole('table', { name: /gap with .* over time/ }).isVisible()).toBe(true);
    await check(lead, '23-metric-results');
    // The values table marks the cells exports hide (H at 2023-Q1 is 3 of 30) and takes a typed correction, saved at once.
    const grid = lead.locator('#values-grid');
    expect(await grid.getByText('Hidden in exports: a small count').count()).toBeGreaterThan(0);
    await grid.getByLabel('Row 2 Numerator').fill('4');
    await lead.getByRole('button', { name: 'Save values' }).click();
    await expect.poll(() => lead.getByText('9 values saved.').isVisible()).toBe(true);
    expect(await grid.getByLabel('Row 2 Numerator').inputValue()).toBe('4');
    // The analysis as CSV, through the page's own link: the analyst's file marks the small cell.
    const csv = await lead.evaluate(async () => (await fetch(document.querySelector('a[href$="/analysis.csv"]')!.getAttribute('href')!)).text());
    expect(csv).toContain(',H,4,30,');
    expect(csv).toContain(',PRIMARY,');
    // A BI tool's semicolon file with its own headers and labels: read, mapped as suggested, imported; a hidden count passed over.
    const bi = ['Quarter;Ethnic group;Screened;Eligible', '2023-Q4;White British;1,150;2,000', '2023-Q4;Asian or Asian British: Indian;*;30'].join('\n');
    await lead.locator('input[type=file][id^="file-"]').setInputFiles({ name: 'bi-export.csv', mimeType: 'text/csv', buffer: Buffer.from(bi) });
    await expect.poll(() => lead.getByText('The header is on row 1; 2 rows under it.').isVisible()).toBe(true);
    expect(await lead.getByLabel('Numerator', { exact: true }).inputValue()).toBe('Screened');
    await lead.getByRole('button', { name: 'Import the file' }).click();
    await expect.poll(() => lead.getByText('1 value was imported from the file.', { exact: false }).isVisible()).toBe(true);
    expect(await lead.getByText('Row 3: No numerator (blank or *): nothing stored for this cell.').isVisible()).toBe(true);

    await lead.getByRole('link', { name: 'All evidence' }).click();
    await lead.getByLabel('Quote').fill('The nurse asked about my symptoms in my own language and I got help fast.');
    await lead.getByLabel('Patient', { exact: true }).check();
    await lead.getByRole('button', { name: 'Add testimonial' }).click();
    await expect.poll(() => lead.getByText('No consent recorded').isVisible()).toBe(true);
    await lead.locator('summary', { hasText: 'Record consent' }).click();
    // The NHS date input: day, month and year; a missing part is named and only its box marked.
    const date = lead.getByRole('group', { name: 'Date' });
    await date.getByLabel('Day').fill('12');
    await date.getByLabel('Year').fill('2024');
    await lead.getByRole('button', { name: 'Save consent' }).click();
    await expect.poll(() => lead.locator('.nhsuk-error-summary').textContent()).toContain('The date of consent must include a month');
    expect(await date.getByLabel('Month').getAttribute('class')).toContain('nhsuk-input--error');
    expect(await date.getByLabel('Day').getAttribute('class')).not.toContain('nhsuk-input--error');
    await check(lead, '24-consent-date-error');
    await date.getByLabel('Month').fill('3');
    await lead.getByRole('button', { name: 'Save consent' }).click();
    await expect.poll(() => lead.getByText('Exportable', { exact: true }).isVisible()).toBe(true);
    expect(await lead.getByText(/Consent given on 12 (March|Mar) 2024/).isVisible()).toBe(true);
    await check(lead, '24-evidence-filled');
  });

  it('the lead changes a metric, sees its charts in the HTML export, and deletes it after confirming', async () => {
    const { lead, context, entryId } = await leadOnEvidencePage();

    // A metric with a time series, made through the API as another tool would.
    const api = (query: string, variables: Record<string, unknown>) => apiFrom(lead, query, variables);
    const created = await api('mutation($i: CreateMetricInput!) { createMetric(input: $i) { metric { id } } }', {
      i: { entryId, name: 'time to antibiotics within the hour', definition: 'Adults with sepsis given antibiotics within an hour of recognition', kind: 'PROPORTION', direction: 'HIGHER_IS_BETTER' },
    });
    const metricId = created.data.createMetric.metric.id;
    const { page: analyst } = await session.logIn('analyst@demo.quorum.test');
    const imported = await apiFrom(analyst, 'mutation($i: ImportMetricValuesInput!) { importMetricValues(input: $i) { written } }', { i: { metricId, csv: GOOD_CSV } });
    await analyst.close();
    expect(imported.data.importMetricValues.written).toBe(9);

    await lead.goto(`${session.app.url}/entries/${entryId}/evidence/metrics/${metricId}`);
    await expect.poll(() => lead.locator('h2', { hasText: 'time to antibiotics within the hour' }).isVisible()).toBe(true);
    await lead.getByRole('button', { name: /^Change details/ }).click();
    await expect.poll(() => lead.evaluate(() => document.activeElement?.textContent)).toBe('Change the metric’s details');
    await lead.getByLabel('Name').fill('');
    await lead.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(() => lead.locator('.nhsuk-error-summary').textContent()).toContain('Enter a short name for the metric');
    await check(lead, '25-metric-change-errors');
    await lead.getByLabel('Name').fill('antibiotics within one hour');
    await lead.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(() => lead.locator('h2', { hasText: 'antibiotics within one hour' }).isVisible()).toBe(true);
    await expect.poll(() => lead.getByText('Your changes have been saved.').isVisible()).toBe(true);
    await expect.poll(() => lead.evaluate(() => document.activeElement?.textContent)).toBe('antibiotics within one hour');
    await check(lead, '26-metric-changed');
    // Chart text as drawn: at least 14px (font size times the drawing's scale), and every gap line keyed by dash and marker.
    const smallest = await lead.evaluate(() =>
      Math.min(
        ...[...document.querySelectorAll('svg.app-chart__svg')].flatMap((svg) => {
          const scale = svg.getBoundingClientRect().width / (svg as SVGSVGElement).viewBox.baseVal.width;
          return [...svg.querySelectorAll('text')].map((t) => Number(t.getAttribute('font-size')) * scale);
        }),
      ),
    );
    expect(smallest).toBeGreaterThanOrEqual(14);
    expect(await lead.locator('.app-chart__legend li svg [data-marker]').count()).toBeGreaterThan(0);
    await screenshot(lead.locator('figure.app-chart').first(), '26-chart-bars');
    await screenshot(lead.locator('figure.app-chart').nth(1), '26-chart-gap');

    // The export, read with the session cookie, then laid out in the browser.
    const response = await context.request.get(`${session.app.url}/entries/${entryId}/export.html`);
    expect(response.status()).toBe(200);
    const html = await response.text();
    const exportPage = await context.newPage();
    await exportPage.setContent(html);
    const bars = exportPage.getByRole('img', { name: 'antibiotics within one hour: 2023-Q1 and 2023-Q3 by ethnic group' });
    const gap = exportPage.getByRole('img', { name: 'antibiotics within one hour: gap with White over time' });
    expect(await bars.isVisible()).toBe(true);
    expect(await gap.isVisible()).toBe(true);
    expect((await bars.boundingBox())!.width).toBeGreaterThan(500);
    // Asian (H, 3 of 30) is small at 2023-Q1: written as withheld (the one word exports use for any hidden figure), never drawn.
    expect(await bars.locator('text', { hasText: 'withheld' }).count()).toBe(1);
    expect(await gap.textContent()).toContain('Asian or Asian British (withheld at 2023-Q1)');
    expect(await exportPage.getByRole('table', { name: 'antibiotics within one hour: gap with White over time' }).textContent()).toContain('withheld');
    expect(await seriousViolations(exportPage), 'axe on the HTML export').toEqual([]);
    await screenshot(exportPage, '27-export-html');
    await screenshot(bars, '27-export-chart-bars');
    await screenshot(gap, '27-export-chart-gap');
    await exportPage.close();

    await lead.getByRole('button', { name: 'Delete this metric' }).click();
    await expect.poll(() => lead.evaluate(() => document.activeElement?.textContent)).toContain('Delete antibiotics within one hour?');
    await check(lead, '28-metric-delete-confirm');
    await lead.getByRole('button', { name: 'Yes, delete this metric' }).click();
    await expect.poll(() => new URL(lead.url()).pathname).toBe(`/entries/${entryId}/evidence`);
    await expect.poll(() => lead.locator('h2', { hasText: 'Readiness to submit' }).isVisible()).toBe(true);
    expect(await lead.locator('main').getByText('antibiotics within one hour').count()).toBe(0);
    await expect.poll(() => lead.getByTestId('announcer').textContent()).toBe('Metric antibiotics within one hour deleted.');
    const gone = await api('query($id: ID!) { entry(id: $id) { metrics { id } } }', { id: entryId });
    expect(gone.data.entry.metrics.map((m: { id: string }) => m.id)).not.toContain(metricId);
    await check(lead, '29-metric-deleted');
    await context.close();
  });

  it('the lead corrects a consented quote (consent must be recorded again), then deletes a testimonial after confirming', async () => {
    const { lead, context, entryId } = await leadOnEvidencePage();
    const api = (query: string, variables: Record<string, unknown>) => apiFrom(lead, query, variables);

    // A family member's words with consent given, added through the API as another tool would.
    const QUOTE = 'My mother was asked what she preferred to eat and drink during Ramadan.';
    const added = await api('mutation($i: AddTestimonialInput!) { addTestimonial(input: $i) { testimonial { id } } }', {
      i: { entryId, quote: QUOTE, source: 'FAMILY', attribution: 'Mr R. Hussain' },
    });
    const testimonialId = added.data.addTestimonial.testimonial.id;
    await api('mutation($i: RecordConsentInput!) { recordConsent(input: $i) { testimonial { id } } }', { i: { testimonialId, status: 'GIVEN', date: '2024-05-02' } });
    await lead.reload();
    const card = lead.locator('.nhsuk-card', { hasText: QUOTE });
    await expect.poll(() => card.getByText('Consent given', { exact: true }).isVisible()).toBe(true);

    await card.getByRole('button', { name: 'Change the quote from A family member' }).click();
    const form = lead.getByRole('form', { name: 'Change the quote from A family member' });
    await expect.poll(() => lead.evaluate(() => document.activeElement?.textContent)).toBe('Change the quote from A family member');
    expect(await form.getByText(/Consent was given for these words/).isVisible()).toBe(true);
    await form.getByLabel('Quote').fill('  ');
    await form.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(() => form.locator('.nhsuk-error-summary').textContent()).toContain('Enter the quote, in the person’s own words');
    expect(await lead.evaluate(() => document.activeElement?.className)).toContain('nhsuk-error-summary');
    await check(lead, '30-testimonial-change-errors');

    const CORRECTED = 'My mother was asked what she preferred to eat and drink while fasting in Ramadan.';
    await form.getByLabel('Quote').fill(CORRECTED);
    await form.getByRole('button', { name: 'Save changes' }).click();
    const changed = lead.locator('.nhsuk-card', { hasText: CORRECTED });
    await expect.poll(() => changed.getByText('No consent recorded', { exact: true }).isVisible()).toBe(true);
    expect(await changed.getByText(/Your changes have been saved. Consent was given for what it said before/).isVisible()).toBe(true);
    await expect.poll(() => lead.evaluate(() => document.activeElement?.textContent)).toBe('Change the quote from A family member');
    await expect.poll(() => lead.getByTestId('announcer').textContent()).toMatch(/^Your changes have been saved. Consent was given/);
    const stored = await api('query($id: ID!) { entry(id: $id) { testimonials { id quote consentStatus exportable } } }', { id: entryId });
    expect(stored.data.entry.testimonials.find((t: { id: string }) => t.id === testimonialId)).toEqual({ id: testimonialId, quote: CORRECTED, consentStatus: 'NOT_RECORDED', exportable: false });
    await check(lead, '31-testimonial-changed');

    await changed.getByRole('button', { name: 'Delete the quote from A family member' }).click();
    await expect.poll(() => lead.evaluate(() => document.activeElement?.textContent)).toContain('Delete the quote from A family member?');
    await check(lead, '32-testimonial-delete-confirm');
    await changed.getByRole('button', { name: 'No, keep it' }).click();
    await expect.poll(() => lead.evaluate(() => document.activeElement?.textContent)).toBe('Delete the quote from A family member');
    await changed.getByRole('button', { name: 'Delete the quote from A family member' }).click();
    await changed.getByRole('button', { name: 'Yes, delete this testimonial' }).click();
    await expect.poll(() => lead.locator('.nhsuk-card', { hasText: CORRECTED }).count()).toBe(0);
    await expect.poll(() => lead.evaluate(() => document.activeElement?.textContent)).toBe('Testimonials');
    await expect.poll(() => lead.getByTestId('announcer').textContent()).toBe('The quote from A family member was deleted.');
    const after = await api('query($id: ID!) { entry(id: $id) { testimonials { id } } }', { id: entryId });
    expect(after.data.entry.testimonials.map((t: { id: string }) => t.id)).not.toContain(testimonialId);
    await check(lead, '33-testimonial-deleted');
    await context.close();
  });
});
