import { useState, type FormEvent } from 'react';
import { Radios, Textarea } from '../evidence/controls';
import { ErrorSummary, errorFor, type FormError } from '../forms/error-summary';
import { PasswordInput } from '../forms/fields';
import type { SignOffMeaning } from '../gql/graphql';
import type { SignOffChoice } from './use-sign-off';

const NOTE_MAX = 2000;

interface SignOffFormProps {
  /** Starts every element id, so that several panels can share a page. */
  idPrefix: string;
  /** "As a patient representative": the role the viewer signs in. */
  roleLabel: string;
  /** The slots the viewer's role can fill; the first is used when there is one. */
  slots: { key: string; label: string }[];
  busy: boolean;
  /** Resolves to the problems to show, or none once the sign-off is recorded. */
  onSignOff(choice: SignOffChoice): Promise<FormError[]>;
  /**
   * For someone without a password (single sign-on): the provider's button words, and what to do
   * with the choice instead of sending it (off to the provider to sign in again, then back).
   */
  provider?: { label: string; onConfirm(choice: Omit<SignOffChoice, 'password'>): void } | null;
  /** Problems to show from a sign-off sent on the way back from the provider. */
  initialErrors?: FormError[];
}

const MEANINGS: { value: SignOffMeaning; label: string; hint: string }[] = [
  { value: 'APPROVE', label: 'Approve', hint: 'It is right as it stands. Your approval counts for as long as the text, and the evidence it presents, stay as they are now.' },
  { value: 'REQUEST_CHANGES', label: 'Request changes', hint: 'Something needs to change first. This holds the entry back until the section changes or you sign off again.' },
];

/** Approve or request changes, with a note, confirmed with the signer's password (the server asks for it again). */
export function SignOffForm({ idPrefix, roleLabel, slots, busy, onSignOff, provider = null, initialErrors = [] }: SignOffFormProps) {
  const ids = { meaning: `${idPrefix}-meaning`, slot: `${idPrefix}-slot`, note: `${idPrefix}-note`, password: `${idPrefix}-password` };
  const [meaning, setMeaning] = useState<SignOffMeaning | ''>('');
  const [slotKey, setSlotKey] = useState(slots.length === 1 ? slots[0].key : '');
  const [note, setNote] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FormError[]>(initialErrors);

  function problems(): FormError[] {
    const found: FormError[] = [];
    if (!meaning) found.push({ field: ids.meaning, message: 'Select whether you approve the section or request changes' });
    if (!slotKey) found.push({ field: ids.slot, message: 'Select which sign-off you are giving' });
    if (meaning === 'REQUEST_CHANGES' && !note.trim()) found.push({ field: ids.note, message: 'Say what needs to change' });
    if (note.length > NOTE_MAX) found.push({ field: ids.note, message: 'Keep the note to 2,000 characters or fewer' });
    if (!password && !provider) found.push({ field: ids.password, message: 'Enter your password' });
    return found;
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const found = problems();
    setErrors(found);
    if (found.length) return;
    if (provider) {
      provider.onConfirm({ meaning: meaning as SignOffMeaning, note: note.trim(), slotKey });
      return;
    }
    const refused = await onSignOff({ meaning: meaning as SignOffMeaning, note: note.trim(), password, slotKey });
    // A password is never kept after it has been sent, whatever the answer.
    setPassword('');
    setErrors(refused);
    if (refused.length === 0) {
      setMeaning('');
      setNote('');
    }
  }

  const only = slots.length === 1 ? slots[0] : null;
  return (
    <form className="app-sign-off__form" onSubmit={onSubmit} noValidate>
      <ErrorSummary errors={errors} headingLevel={4} />
      <h4 className="nhsuk-heading-s">Your sign-off</h4>
      <p className="nhsuk-body-s">
        You sign as {roleLabel}
        {only && <>, for “{only.label}”</>}.
      </p>
      {!only && (
        <Radios
          id={ids.slot}
          legend="Which sign-off are you giving?"
          options={slots.map((s) => ({ value: s.key, label: s.label }))}
          value={slotKey}
          onChange={setSlotKey}
          error={errorFor(errors, ids.slot)}
          small
        />
      )}
      <Radios<SignOffMeaning> id={ids.meaning} legend="What do you say about this section?" options={MEANINGS} value={meaning} onChange={setMeaning} error={errorFor(errors, ids.meaning)} />
      <Textarea
        id={ids.note}
        label={meaning === 'REQUEST_CHANGES' ? 'What needs to change?' : 'Note (optional)'}
        hint="The team sees it with your sign-off. Up to 2,000 characters."
        rows={3}
        value={note}
        onChange={(e) => setNote(e.target.value)}
        error={errorFor(errors, ids.note)}
      />
      {provider ? (
        <p className="nhsuk-body-s" id={`${idPrefix}-provider-hint`}>
          Signing off is a deliberate act: you will be asked to sign in again (“{provider.label}”) to confirm it is you, then come back here.
        </p>
      ) : (
        <PasswordInput
          id={ids.password}
          label="Your password"
          hint="Signing off is a deliberate act: enter the password you log in with to confirm it is you."
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={errorFor(errors, ids.password)}
        />
      )}
      <button className="nhsuk-button" type="submit" aria-describedby={provider ? `${idPrefix}-provider-hint` : undefined}>
        {provider ? 'Confirm it is you and sign off' : 'Sign off this section'}
      </button>
    </form>
  );
}
