// @vitest-environment node
import { readFileSync, statSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { apiFrom, browserSession, checkPage, CHROMIUM, DEMO_PASSWORD, hasChromium, LONG, openSectionAt, screenshot } from './browser';

const SECTION = 'Patient involvement and teamwork';

if (!hasChromium) console.warn(`Skipping the sign-off browser tests: ${CHROMIUM} is not installed.`);

describe.skipIf(!hasChromium)('sign-off, activity and export in Chromium, against the real server', { timeout: 240_000 }, () => {
  let entryId = '';
  let sectionId = '';
  const session = browserSession({ contextOptions: { acceptDownloads: true } });
  const logIn = async (email: string): Promise<Page> => (await session.logIn(email)).page;

  /** Opens the section at its own address, where the workspace (editor or read-only text) and its sign-off panel are. */
  const openSection = (page: Page) => openSectionAt(page, `${session.app.url}/entries/${entryId}/sections/${sectionId}`, SECTION);

  const panel = (page: Page) => page.getByTestId('sign-off-panel');
  const slotRow = (page: Page, label: string) => panel(page).locator('.nhsuk-summary-list__row', { hasText: label });

  it('a patient representative cannot edit directly (only suggest, and the API refuses a plain edit) but signs off; a nurse’s edit then shows her sign-off as stale, with the diff', async () => {
    const patient = await logIn('patient@demo.quorum.test');
    const found = await apiFrom<{ data: { entries: { nodes: { id: string; sections: { id: string; title: string }[] }[] } } }>(
      patient,
      '{ entries(first: 10) { nodes { id sections { id title } } } }',
    );
    const entry = found.data.entries.nodes[0];
    entryId = entry.id;
    sectionId = entry.sections.find((s) => s.title === SECTION)!.id;

    // No direct editing: the live text in Suggesting mode only (issue 11), with no formatting toolbar.
    await openSection(patient);
    await expect.poll(() => patient.getByTestId('suggest-only').count(), LONG).toBe(1);
    expect(await patient.getByRole('toolbar').count()).toBe(0);

    // And the API refuses an edit from her session that is not a suggestion.
    const doc = new Y.Doc();
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.insert(0, [new Y.XmlText('Not allowed')]);
    doc.getXmlFragment('content').insert(0, [paragraph]);
    const refused = await apiFrom<{ errors?: { extensions: { code: string } }[] }>(patient, 'mutation($i: ApplySectionUpdateInput!) { applySectionUpdate(input: $i) { version } }', {
      i: { sectionId, update: Buffer.from(Y.encodeStateAsUpdate(doc)).toString('base64'), clientId: 'patient-test' },
    });
    expect(refused.errors?.[0].extensions.code).toBe('FORBIDDEN');

    // The panel: her slot is missing; she is offered the form for it.
    await expect.poll(() => slotRow(patient, 'A patient representative').textContent(), LONG).toContain('Missing');
    expect(await panel(patient).textContent()).toContain('You sign as a patient representative, for “A patient representative”.');

    // A wrong password is refused, in the error summary, linked to the field.
    await panel(patient).getByLabel('Approve', { exact: true }).check();
    await panel(patient).getByLabel('Your password', { exact: true }).fill('not-my-password');
    await panel(patient).getByRole('button', { name: 'Sign off this section' }).click();
    await expect.poll(() => panel(patient).locator('.nhsuk-error-summary').textContent(), LONG).toContain('That password is not right.');
    await checkPage(patient, '40-sign-off-wrong-password', panel(patient));

    await panel(patient).getByLabel('Note (optional)').fill('The leaflets read well; the community group saw them first.');
    await panel(patient).getByLabel('Your password', { exact: true }).fill(DEMO_PASSWORD);
    await panel(patient).getByRole('button', { name: 'Sign off this section' }).click();
    await expect.poll(() => slotRow(patient, 'A patient representative').textContent(), LONG).toContain('Approved by Joy Campbell (patient representative)');
    // The form folds away ("Sign off again"); focus goes to the confirmation, which is read out.
    await expect.poll(() => patient.evaluate(() => document.activeElement?.textContent), LONG).toBe(`You approved “${SECTION}”.`);
    expect(await panel(patient).getByText('Sign off again', { exact: true }).isVisible()).toBe(true);
    expect(await panel(patient).getByRole('button', { name: 'Sign off this section' }).isVisible()).toBe(false);
    await checkPage(patient, '41-signed-off');
    await checkPage(patient, '41-signed-off-panel', panel(patient));

    // A nurse adds to the section.
    const nurse = await logIn('nurse@demo.quorum.test');
    const nurseText = await openSection(nurse);
    // The section is signed: she is told whose approval direct typing would void, and starts in
    // Suggesting (issue 11); she chooses Editing, deliberately.
    await expect.poll(() => nurse.getByTestId('signed-notice').textContent(), LONG).toContain('Joy Campbell (patient representative)');
    const editing = nurse.getByTestId('mode-switch').getByRole('button', { name: 'Editing', exact: true });
    await expect.poll(() => nurse.getByTestId('mode-switch').getByRole('button', { name: 'Suggesting', exact: true }).getAttribute('aria-pressed'), LONG).toBe('true');
    await editing.click();
    expect(await editing.getAttribute('aria-pressed')).toBe('true');
    const words = 'Twelve patient advocates from the Somali and Bengali communities reviewed every leaflet.';
    await nurseText.click();
    await nurse.keyboard.press('Control+End');
    await nurse.keyboard.type(words, { delay: 10 });
    await expect.poll(() => nurse.getByTestId('save-status').textContent(), LONG).toBe('All changes saved');

    // Her sign-off no longer counts: shown as stale, live, with the words added since.
    const stale = patient.getByTestId('stale-sign-offs');
    await expect.poll(() => stale.locator('ins').allTextContents(), LONG).toContainEqual(expect.stringContaining('Twelve patient advocates'));
    expect(await stale.textContent()).toContain('Joy Campbell (patient representative) approved this section as “A patient representative”');
    expect(await stale.locator('ins .nhsuk-u-visually-hidden').first().textContent()).toBe(' [added: ');
    expect(await slotRow(patient, 'A patient representative').textContent()).toContain('Missing');
    await expect.poll(() => patient.getByTestId('announcer').textContent(), LONG).toContain('has changed: sign-offs given before no longer count');
    // The line from when she signed no longer reads as if her approval counted.
    expect(await panel(patient).getByTestId('sign-off-done').textContent()).toBe(
      `You approved “${SECTION}”, but the section has changed since, so your approval no longer counts. What changed is shown under “No longer counted”; sign off again if you still approve it.`,
    );
    await checkPage(patient, '42-sign-off-stale');
    await checkPage(patient, '42-sign-off-stale-panel', panel(patient));
    await patient.setViewportSize({ width: 390, height: 844 });
    await screenshot(panel(patient), '42-sign-off-stale-mobile');
    await patient.setViewportSize({ width: 1280, height: 900 });

    // Still so after a reload.
    await patient.reload();
    await expect.poll(() => patient.getByTestId('stale-sign-offs').locator('ins').allTextContents(), LONG).toContainEqual(expect.stringContaining('Twelve patient advocates'));
  });

  it('the lead moves the workflow, is shown what is missing before the entry can be submitted (links to the places to fix it), downloads a DOCX and sees the activity', async () => {
    const lead = await logIn('lead@demo.quorum.test');

    // The dashboard: state, words against limits, sign-offs held, open comments.
    const row = lead.locator('tbody tr').first();
    await expect.poll(() => row.locator('td').nth(1).locator('summary').textContent(), LONG).toMatch(/^\d+ of 5 sections within limit/);
    expect(await row.locator('td').nth(2).textContent()).toMatch(/0 of 9$/);
    await row.locator('td').nth(1).locator('summary').click();
    expect(await row.locator('td').nth(1).locator('li').allTextContents()).toContainEqual(expect.stringMatching(new RegExp(`^${SECTION}: \\d+ of 500 words`)));
    await checkPage(lead, '43-dashboard-progress');
    await lead.setViewportSize({ width: 390, height: 844 });
    await screenshot(lead, '43-dashboard-mobile');
    await lead.setViewportSize({ width: 1280, height: 900 });

    await lead.goto(`${session.app.url}/entries/${entryId}/sections/${sectionId}`);
    await lead.getByRole('button', { name: 'Ask for review and sign-off' }).click();
    await expect.poll(() => lead.locator('.app-entry-meta .nhsuk-tag').textContent(), LONG).toBe('In review');
    // Submit is not offered until the entry is approved: instead, what is missing, each item a link to where it is put right.
    expect(await lead.getByRole('button', { name: 'Submit the entry' }).count()).toBe(0);
    const missing = lead.getByTestId('submit-readiness');
    await missing.locator('summary').click();
    const signOffLink = missing.getByRole('link', { name: `“${SECTION}” needs a sign-off: A patient representative` });
    expect(await signOffLink.getAttribute('href')).toBe(`/entries/${entryId}/sections/${sectionId}#sign-off-${sectionId}-heading`);
    await checkPage(lead, '44-submit-missing');
    await signOffLink.click();
    await expect.poll(() => lead.evaluate(() => document.activeElement?.id), LONG).toBe(`sign-off-${sectionId}-heading`);

    // Export: plain download links, which say the file type and that small numbers are suppressed.
    await lead.getByRole('navigation', { name: 'Entry' }).getByRole('link', { name: 'Export' }).click();
    await expect.poll(() => lead.getByTestId('exports').textContent(), LONG).toContain('Download as a Word document (DOCX)');
    expect(await lead.locator('main').textContent()).toContain('Small numbers are suppressed');
    await checkPage(lead, '45-export');
    const [download] = await Promise.all([lead.waitForEvent('download'), lead.getByRole('link', { name: 'Download as a Word document (DOCX)' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.docx$/);
    const file = (await download.path())!;
    expect(statSync(file).size).toBeGreaterThan(2000);
    expect(readFileSync(file).subarray(0, 2).toString()).toBe('PK'); // a DOCX is a zip
    // The evidence pack: a PDF made on the server, named for the whole title and the date.
    const [pack] = await Promise.all([lead.waitForEvent('download'), lead.getByRole('link', { name: 'Download the evidence pack (PDF)' }).click()]);
    expect(pack.suggestedFilename()).toMatch(/-evidence-pack-\d{4}-\d{2}-\d{2}\.pdf$/);
    const packPath = (await pack.path())!;
    expect(readFileSync(packPath).subarray(0, 5).toString()).toBe('%PDF-');

    // Activity: what happened, newest first, and what happens next, live.
    await lead.getByRole('navigation', { name: 'Entry' }).getByRole('link', { name: 'Activity' }).click();
    const feed = lead.getByTestId('activity-feed');
    await expect.poll(() => feed.textContent(), LONG).toContain(`Joy Campbell (Patient representative) approved “${SECTION}” as “A patient representative”.`);
    const items = await feed.locator('li').allTextContents();
    const stale = items.findIndex((t) => t.includes(`An edit by Grace Mensah changed “${SECTION}”: 1 sign-off is stale.`));
    const approved = items.findIndex((t) => t.includes('Joy Campbell (Patient representative) approved'));
    const review = items.findIndex((t) => t.includes('Amara Okafor asked for review and sign-off.'));
    expect(stale).toBeGreaterThanOrEqual(0);
    expect(review).toBeLessThan(stale); // newest first
    expect(stale).toBeLessThan(approved);
    await checkPage(lead, '46-activity');

    // The patient representative signs off again (on the new text): it arrives at the top, live.
    const patient = await logIn('patient@demo.quorum.test');
    await openSection(patient);
    await panel(patient).getByLabel('Approve', { exact: true }).check();
    await panel(patient).getByLabel('Your password', { exact: true }).fill(DEMO_PASSWORD);
    await panel(patient).getByRole('button', { name: 'Sign off this section' }).click();
    await expect.poll(() => slotRow(patient, 'A patient representative').textContent(), LONG).toContain('Approved by Joy Campbell');
    await expect.poll(() => feed.locator('li').first().textContent(), LONG).toContain(`Joy Campbell (Patient representative) approved “${SECTION}”`);
  });
});
