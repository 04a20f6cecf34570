import type { MockLink } from '@apollo/client/testing';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { apiError, meMock } from '../test/fixtures';
import { render } from '../test/render';
import { eventMock, quietEvents } from '../test/fixtures';
import { EVIDENCE_DIGEST, HASH, signOffFixture, statusMock } from './fixtures';
import { SignOffSectionMutation } from './operations';
import { SignOffPanel } from './sign-off-panel';
import { linksIn } from '../test/links';

const PATIENT = { id: 'u-patient', name: 'Joy Campbell', email: 'patient@demo.quorum.test' };
const joy = (meaning: 'APPROVE' | 'REQUEST_CHANGES' = 'APPROVE', note = '') => ({
  ...signOffFixture('so-joy', 'Joy Campbell', 'PATIENT_REP', meaning, { note }),
  signer: { __typename: 'User' as const, id: PATIENT.id, name: 'Joy Campbell' },
});
const grace = signOffFixture('so-grace', 'Grace Mensah', 'NURSE', 'APPROVE', { slotKey: 'clinician', slotLabel: 'A clinician (medic or nurse)' });

function renderPanel(mocks: MockLink.MockedResponse[] = [], doc?: Y.Doc) {
  return render(<SignOffPanel entryId="e1" sectionId="s-1" doc={doc} />, { mocks: [meMock(PATIENT), ...mocks] });
}

const announcer = () => screen.getByTestId('announcer');

describe('SignOffPanel', () => {
  it('shows each slot with who holds it and when, the missing ones, and open change requests with their note', async () => {
    const request = signOffFixture('so-medic', 'Dr Sunil Mehta', 'MEDIC', 'REQUEST_CHANGES', {
      note: 'Say how many patients were screened.',
      slotKey: 'clinician',
      slotLabel: 'A clinician (medic or nurse)',
    });
    renderPanel([statusMock({ held: { clinician: grace }, requests: [request] }), quietEvents()]);

    expect((await screen.findByTestId('sign-off-summary')).textContent).toBe('1 of 2 sign-offs held; 1 change request open.');
    const rows = [...document.querySelectorAll('.nhsuk-summary-list__row')].map((row) => [row.querySelector('dt')!.textContent, row.querySelector('dd')!.textContent]);
    expect(rows).toEqual([
      ['A clinician (medic or nurse)', 'Approved by Grace Mensah (nurse), 9 December 2026, 2:05pm'],
      ['A patient representative', 'Missing Needs a patient representative'],
    ]);
    const requests = screen.getByRole('heading', { name: 'Changes requested' }).nextElementSibling!;
    expect(requests.textContent).toBe('Changes requested by Dr Sunil Mehta (medic), 9 December 2026, 2:05pm“Say how many patients were screened.”');
  });

  it('shows a stale sign-off with the words added and removed since, in words as well as by colour', async () => {
    const stale = {
      ...joy(),
      diff: [
        { op: 'EQUAL' as const, text: 'Leaflets now come in ' },
        { op: 'DELETE' as const, text: 'two' },
        // Neighbouring parts of one kind read as one change.
        { op: 'INSERT' as const, text: 'fi' },
        { op: 'INSERT' as const, text: 've' },
        { op: 'EQUAL' as const, text: ' languages.' },
      ],
    };
    renderPanel([statusMock({ stale: [stale] }), quietEvents()]);

    const list = await screen.findByTestId('stale-sign-offs');
    expect(screen.getByRole('heading', { name: 'No longer counted: the section has changed' })).toBeTruthy();
    expect(list.textContent).toContain('Joy Campbell (patient representative) approved this section as “A patient representative” on 9 December 2026, 2:05pm. It has changed since');
    const diff = within(list).getByTestId('text-diff');
    expect(diff.querySelectorAll('ins')).toHaveLength(1);
    const inserted = diff.querySelector('ins')!;
    const deleted = diff.querySelector('del')!;
    // Screen readers hear which words are which; sighted readers see underline and strike-through.
    expect(inserted.textContent).toBe(' [added: five] ');
    expect(deleted.textContent).toBe(' [removed: two] ');
    expect(inserted.querySelector('.nhsuk-u-visually-hidden')!.textContent).toBe(' [added: ');
    expect(deleted.querySelector('.nhsuk-u-visually-hidden')!.textContent).toBe(' [removed: ');
    expect(diff.textContent).toBe('Leaflets now come in  [removed: two]  [added: five]  languages.');
    // Nothing counts it: the slot is still missing.
    expect(screen.getByTestId('sign-off-summary').textContent).toBe('0 of 2 sign-offs held.');
  });

  it('shortens long unchanged stretches of a diff to the words next to the change', async () => {
    const words = (from: number, n: number) => Array.from({ length: n }, (_, i) => `w${from + i}`).join(' ');
    const stale = {
      ...joy(),
      diff: [
        { op: 'EQUAL' as const, text: `${words(0, 100)} ` },
        { op: 'INSERT' as const, text: 'new' },
        { op: 'EQUAL' as const, text: ` ${words(100, 100)}` },
      ],
    };
    renderPanel([statusMock({ stale: [stale] }), quietEvents()]);
    const diff = await screen.findByTestId('text-diff');
    expect(diff.textContent).not.toContain('w50 ');
    expect(diff.textContent).toContain('w99 ');
    expect(diff.textContent).toContain('[added: new]');
    expect(diff.textContent).toContain('w100');
    expect(diff.textContent).not.toContain('w150');
    expect(diff.textContent).toMatch(/^ … /);
  });

  it('checks the form before sending: a choice, a note when asking for changes, and the password', async () => {
    renderPanel([statusMock(), quietEvents()]);
    const button = await screen.findByRole('button', { name: 'Sign off this section' });
    expect(screen.getByText('You sign as a patient representative, for “A patient representative”.')).toBeTruthy();

    fireEvent.click(button);
    const summary = await screen.findByRole('alert');
    const links = linksIn(summary);
    expect(links).toEqual([
      ['Select whether you approve the section or request changes', '#sign-off-s-1-meaning'],
      ['Enter your password', '#sign-off-s-1-password'],
    ]);
    await waitFor(() => expect(document.activeElement).toBe(summary.parentElement));
    // Below the panel's h3 "Sign-off" in the page's outline.
    expect(within(summary).getByRole('heading', { name: 'There is a problem' }).tagName).toBe('H4');
    expect(screen.getByLabelText('Your password').getAttribute('aria-describedby')).toContain('sign-off-s-1-password-error');

    fireEvent.click(screen.getByLabelText('Request changes'));
    expect(screen.getByLabelText('What needs to change?')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Your password'), { target: { value: 'quorum-demo-2026' } });
    fireEvent.click(button);
    await waitFor(() =>
      expect(
        within(screen.getByRole('alert'))
          .getAllByRole('link')
          .map((a) => a.textContent),
      ).toEqual(['Say what needs to change']),
    );
  });

  it('shows the API’s refusal of a wrong password in the error summary, linked to the password field, and clears it', async () => {
    const refused = {
      request: {
        query: SignOffSectionMutation,
        variables: { input: { sectionId: 's-1', contentHash: HASH, evidenceDigest: EVIDENCE_DIGEST, meaning: 'APPROVE', note: '', password: 'wrong-password', slotKey: 'patient-rep' } },
      },
      result: apiError('BAD_USER_INPUT', 'That password is not right.', { field: 'input.password' }),
    };
    renderPanel([statusMock(), quietEvents(), refused]);
    fireEvent.click(await screen.findByLabelText('Approve'));
    fireEvent.change(screen.getByLabelText('Your password'), { target: { value: 'wrong-password' } });
    fireEvent.click(screen.getByRole('button', { name: 'Sign off this section' }));

    const link = await screen.findByRole('link', { name: 'That password is not right.' });
    expect(link.getAttribute('href')).toBe('#sign-off-s-1-password');
    expect((screen.getByLabelText('Your password') as HTMLInputElement).value).toBe('');
    expect((screen.getByLabelText('Approve') as HTMLInputElement).checked).toBe(true);
  });

  it('signs off the content that was read (its hash), announces it and shows the slot held', async () => {
    const accepted = {
      request: {
        query: SignOffSectionMutation,
        variables: { input: { sectionId: 's-1', contentHash: HASH, evidenceDigest: EVIDENCE_DIGEST, meaning: 'APPROVE', note: 'Reads well.', password: 'quorum-demo-2026', slotKey: 'patient-rep' } },
      },
      result: {
        data: {
          signOffSection: { __typename: 'SignOffSectionPayload', signOff: { __typename: 'SignOff', id: 'so-joy', meaning: 'APPROVE' }, entry: { __typename: 'Entry', id: 'e1', state: 'IN_REVIEW' } },
        },
      },
    };
    renderPanel([statusMock(), quietEvents(), accepted, statusMock({ held: { patient: joy('APPROVE', 'Reads well.') } })]);
    fireEvent.click(await screen.findByLabelText('Approve'));
    fireEvent.change(screen.getByLabelText('Note (optional)'), { target: { value: 'Reads well.' } });
    fireEvent.change(screen.getByLabelText('Your password'), { target: { value: 'quorum-demo-2026' } });
    fireEvent.click(screen.getByRole('button', { name: 'Sign off this section' }));

    // The form folds away; focus goes to what happened, which is read out.
    const done = await screen.findByTestId('sign-off-done');
    expect(done.textContent).toBe('You approved “Patient involvement”.');
    await waitFor(() => expect(document.activeElement).toBe(done));
    expect(screen.getByTestId('sign-off-summary').textContent).toBe('1 of 2 sign-offs held.');
    expect(screen.getByText('Sign off again').closest('details')!.open).toBe(false);
    expect(document.querySelectorAll('dd')[1].textContent).toBe('Approved by Joy Campbell (patient representative), 9 December 2026, 2:05pm“Reads well.”');
    expect((screen.getByLabelText('Your password', { selector: 'input' }) as HTMLInputElement).value).toBe('');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('signs against the evidence digest it was given: refused because a figure changed meanwhile, it reads the status again and the next try sends the new digest', async () => {
    const CHANGED = 'f'.repeat(64);
    const input = (evidenceDigest: string) => ({ sectionId: 's-1', contentHash: HASH, evidenceDigest, meaning: 'APPROVE', note: '', password: 'quorum-demo-2026', slotKey: 'patient-rep' });
    const message = 'The evidence this section presents (its metrics or testimonials) has changed since you read it: read it again, then sign off what it shows now.';
    const refused = { request: { query: SignOffSectionMutation, variables: { input: input(EVIDENCE_DIGEST) } }, result: apiError('CONFLICT', message) };
    const accepted = {
      request: { query: SignOffSectionMutation, variables: { input: input(CHANGED) } },
      result: {
        data: {
          signOffSection: { __typename: 'SignOffSectionPayload', signOff: { __typename: 'SignOff', id: 'so-joy', meaning: 'APPROVE' }, entry: { __typename: 'Entry', id: 'e1', state: 'IN_REVIEW' } },
        },
      },
    };
    // Read again after the refusal: the new digest (and, as it happens, the nurse's approval meanwhile, which shows that it arrived).
    const readAgain = statusMock({ evidenceDigest: CHANGED, held: { clinician: grace } });
    renderPanel([statusMock(), quietEvents(), refused, readAgain, accepted, statusMock({ held: { clinician: grace, patient: joy() }, evidenceDigest: CHANGED })]);
    const signWith = async () => {
      fireEvent.click(await screen.findByLabelText('Approve'));
      fireEvent.change(screen.getByLabelText('Your password'), { target: { value: 'quorum-demo-2026' } });
      fireEvent.click(screen.getByRole('button', { name: 'Sign off this section' }));
    };
    await signWith();
    expect(await screen.findByText(message, { selector: 'a, p, li, span' })).toBeTruthy();
    await waitFor(() => expect(screen.getByTestId('sign-off-summary').textContent).toBe('1 of 2 sign-offs held.'));
    await signWith();
    expect((await screen.findByTestId('sign-off-done')).textContent).toBe('You approved “Patient involvement”.');
  });

  it('offers no form to a role that no slot is for, nor once the entry is submitted, nor to an observer', async () => {
    const { unmount } = renderPanel([statusMock({ viewerRole: 'ANALYST' }), quietEvents()]);
    expect(await screen.findByText('None of this section’s sign-offs is for your role (data analyst).')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Sign off this section' })).toBeNull();
    unmount();

    const submitted = renderPanel([statusMock({ state: 'SUBMITTED' }), quietEvents()]);
    expect(await screen.findByText('The entry has been submitted, so its sections can no longer be signed off.')).toBeTruthy();
    submitted.unmount();

    renderPanel([statusMock({ viewerRole: 'OBSERVER', canSignOff: false }), quietEvents()]);
    await screen.findByTestId('sign-off-summary');
    expect(screen.queryByRole('button', { name: 'Sign off this section' })).toBeNull();
    expect(screen.queryByText(/your role/)).toBeNull();
  });

  it('reads the status again when an edit makes a sign-off stale, and says so through the live region', async () => {
    const stale = { ...joy(), diff: [{ op: 'INSERT' as const, text: 'New words.' }] };
    renderPanel([statusMock({ held: { patient: joy() } }), eventMock('SIGN_OFF_STALE', { sectionId: 's-1', actorId: 'u-nurse' }, 100), statusMock({ stale: [stale] })]);
    expect((await screen.findByTestId('sign-off-summary')).textContent).toBe('1 of 2 sign-offs held.');

    const list = await screen.findByTestId('stale-sign-offs', {}, { timeout: 3000 });
    expect(list.querySelector('ins')!.textContent).toBe(' [added: New words.] ');
    expect(screen.getByTestId('sign-off-summary').textContent).toBe('0 of 2 sign-offs held.');
    await waitFor(() => expect(announcer().textContent).toBe('“Patient involvement” has changed: sign-offs given before no longer count. What changed is shown under Sign-off.'));
  });

  it('reads the status again once the section’s live text stops changing, so the diff grows as people write', async () => {
    const doc = new Y.Doc();
    const stale = (text: string) => ({ ...joy(), diff: [{ op: 'INSERT' as const, text }] });
    renderPanel([statusMock({ stale: [stale('Twel')] }), quietEvents(), statusMock({ stale: [stale('Twelve patient advocates.')] })], doc);
    await waitFor(() => expect(screen.getByTestId('stale-sign-offs').querySelector('ins')!.textContent).toBe(' [added: Twel] '));

    // Three quick edits: one read, a moment after the last.
    for (const word of ['ve', ' patient', ' advocates.']) doc.getText('t').insert(doc.getText('t').length, word);
    await waitFor(() => expect(screen.getByTestId('stale-sign-offs').querySelector('ins')!.textContent).toBe(' [added: Twelve patient advocates.] '), { timeout: 3000 });
  });
});
