import { useState, type FormEvent } from 'react';
import { formErrors } from '../forms/api-errors';
import { ErrorSummary, errorFor, type FormError } from '../forms/error-summary';
import { TextInput } from '../forms/fields';
import type { ConsentStatus, RecordConsentInput } from '../gql/graphql';
import { useAnnounce } from '../layout/announcer';
import { Radios } from './controls';
import { checkDate, DateInput, datePartId, EMPTY_DATE, type DateParts, type DateProblem } from './date-input';
import type { Testimonial } from './use-evidence';

// Today in England, as the server judges it: by UTC, consent given after midnight in summer would be "in the future".
const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());

/** "Record consent", folded away under each testimonial: given or withdrawn, the date, and how. */
export function ConsentForm({ testimonial, onRecord }: { testimonial: Testimonial; onRecord(input: RecordConsentInput): Promise<void> }) {
  const prefix = `consent-${testimonial.id}`;
  const [status, setStatus] = useState<string>('GIVEN');
  const [date, setDate] = useState<DateParts>(EMPTY_DATE);
  const [dateProblem, setDateProblem] = useState<DateProblem>();
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<FormError[]>([]);
  const dateId = `${prefix}-date`;
  const announce = useAnnounce();

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const checked = checkDate(date, 'The date of consent', { notAfter: today() });
    const problem = 'problem' in checked ? checked.problem : undefined;
    setDateProblem(problem);
    // The summary links to the first box at fault.
    setErrors(problem ? [{ field: datePartId(dateId, problem.parts[0]), message: problem.message }] : []);
    if (!('date' in checked)) return;
    try {
      await onRecord({ testimonialId: testimonial.id, status: status as ConsentStatus, date: checked.date, note: note.trim() || undefined });
      announce(`${status === 'WITHDRAWN' ? 'Withdrawal of consent' : 'Consent'} recorded for the quote from ${testimonial.citedAs}.`);
    } catch (e) {
      const apiErrors = formErrors(e, { date: datePartId(dateId, 'day'), note: `${prefix}-note` });
      const onDate = apiErrors.find((a) => a.field === datePartId(dateId, 'day'));
      setDateProblem(onDate && { message: onDate.message, parts: ['day', 'month', 'year'] });
      setErrors(apiErrors);
    }
  }

  return (
    <details className="nhsuk-details">
      <summary className="nhsuk-details__summary">
        <span className="nhsuk-details__summary-text">
          Record consent<span className="nhsuk-u-visually-hidden"> for the quote from {testimonial.citedAs}</span>
        </span>
      </summary>
      <div className="nhsuk-details__text">
        <form onSubmit={onSubmit} noValidate>
          <ErrorSummary errors={errors} headingLevel={3} />
          <Radios
            id={`${prefix}-status`}
            legend="Consent"
            small
            value={status}
            onChange={setStatus}
            options={[
              { value: 'GIVEN', label: 'Given' },
              { value: 'WITHDRAWN', label: 'Withdrawn' },
            ]}
          />
          <DateInput id={dateId} legend="Date" hint="The date the person gave or withdrew consent. For example, 15 3 2024" value={date} onChange={setDate} problem={dateProblem} />
          <TextInput
            id={`${prefix}-note`}
            label="How consent was obtained (optional)"
            hint='For example "signed form, filed with PALS"'
            value={note}
            onChange={(e) => setNote(e.target.value)}
            error={errorFor(errors, `${prefix}-note`)}
          />
          <button className="nhsuk-button nhsuk-button--secondary" type="submit">
            Save consent
          </button>
        </form>
      </div>
    </details>
  );
}
