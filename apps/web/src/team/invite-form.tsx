import { useState, type FormEvent } from 'react';
import { ROLE_OPTIONS } from '../format';
import type { FormError } from '../forms/error-summary';
import { bound, EmailInput, SelectInput } from '../forms/fields';
import type { Role } from '../gql/graphql';

interface InviteFormProps {
  errors: FormError[];
  busy: boolean;
  onInvite(email: string, role: Role): Promise<boolean>;
  onInvalid(errors: FormError[]): void;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Invite by email and role; the page shows the link to send once it exists. */
export function InviteForm({ errors, busy, onInvite, onInvalid }: InviteFormProps) {
  const [email, setEmail] = useState('');
  const [role, setRole] = useState('');

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const problems: FormError[] = [];
    if (!email.trim()) problems.push({ field: 'invite-email', message: 'Enter the email address of the person to invite' });
    else if (!EMAIL.test(email.trim())) problems.push({ field: 'invite-email', message: 'Enter an email address in the right format, like name@nhs.net' });
    if (!role) problems.push({ field: 'invite-role', message: 'Select the role they will have in this entry' });
    if (problems.length) return onInvalid(problems);
    if (await onInvite(email.trim(), role as Role)) {
      setEmail('');
      setRole('');
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate>
      <EmailInput {...bound('invite-email', email, setEmail, errors)} hint="Only someone logged in with this address can use the link" autoComplete="off" />
      <SelectInput {...bound('invite-role', role, setRole, errors)} label="Role in this entry" options={[{ value: '', label: 'Choose a role' }, ...ROLE_OPTIONS]} />
      <button className="nhsuk-button" type="submit">
        Create invitation link
      </button>
    </form>
  );
}
