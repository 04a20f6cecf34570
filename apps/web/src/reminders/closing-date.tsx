import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { formatDate } from '../format';
import { formErrors } from '../forms/api-errors';
import type { FormError } from '../forms/error-summary';
import { bound, TextInput } from '../forms/fields';
import { useAnnounce } from '../layout/announcer';
import { EntryClosingDateQuery, SetEntryClosingDateMutation } from './operations';

/** The day's end, in the browser's time zone: an entry closes at the end of the day given. */
const endOfDay = (day: string) => new Date(`${day}T23:59:00`).toISOString();
const dayOf = (iso: string) => {
  const date = new Date(iso);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
};

/** When the entry closes, for the whole team; a lead sets or clears it. Those with something pending are reminded before it. */
export function ClosingDate({ entryId }: { entryId: string }) {
  const { data } = useQuery(EntryClosingDateQuery, { variables: { id: entryId } });
  const [save, { loading }] = useMutation(SetEntryClosingDateMutation);
  const [day, setDay] = useState<string | null>(null);
  const [errors, setErrors] = useState<FormError[]>([]);
  const announce = useAnnounce();
  const entry = data?.entry;
  if (!entry) return null;
  const closesAt = entry.closesAt as string | null;
  const value = day ?? (closesAt ? dayOf(closesAt) : '');

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (loading) return;
    const problems: FormError[] = value && Number.isNaN(Date.parse(`${value}T23:59:00`)) ? [{ field: 'closes-at', message: 'Enter a real date' }] : [];
    setErrors(problems);
    if (problems.length) return;
    try {
      const result = await save({ variables: { input: { entryId, closesAt: value ? endOfDay(value) : null } } });
      const saved = result.data?.setEntryClosingDate.entry.closesAt as string | null | undefined;
      setDay(null);
      announce(saved ? `The entry now closes on ${formatDate(saved)}.` : 'The closing date is cleared.');
    } catch (error) {
      setErrors(formErrors(error, { closesAt: 'closes-at' }));
    }
  }

  return (
    <section aria-labelledby="closing-date-heading">
      <h2 className="nhsuk-heading-m" id="closing-date-heading">
        Closing date
      </h2>
      <p className="nhsuk-body">{closesAt ? `The entry closes on ${formatDate(closesAt)}. Whoever still has something to do is reminded 14, 7 and 2 days before.` : 'No closing date is set.'}</p>
      {entry.abilities.canSetClosingDate && (
        <form onSubmit={onSubmit} noValidate>
          <TextInput
            {...bound('closes-at', value, setDay, errors)}
            label="New closing date"
            hint="The award’s deadline. The entry closes at the end of that day. Leave it empty to clear it."
            type="date"
          />
          <button className="nhsuk-button nhsuk-button--secondary" type="submit" disabled={loading}>
            Save closing date
          </button>
        </form>
      )}
    </section>
  );
}
