import { useState, type FormEvent } from 'react';
import { formatDate } from '../format';
import { formErrors } from '../forms/api-errors';
import { ErrorSummary, errorFor, type FormError } from '../forms/error-summary';
import { TextInput } from '../forms/fields';
import type { AddTestimonialInput, ConsentStatus, RecordConsentInput, TestimonialSource } from '../gql/graphql';
import { useAnnounce } from '../layout/announcer';
import { Checkbox, Radios, Textarea } from './controls';
import { checkDate, DateInput, datePartId, EMPTY_DATE, type DateParts, type DateProblem } from './date-input';
import { SOURCE_LABELS } from './evidence-format';
import type { Testimonial } from './use-evidence';

const CONSENT_TAGS: Record<ConsentStatus, { label: string; colour: string }> = {
  GIVEN: { label: 'Consent given', colour: 'green' },
  NOT_RECORDED: { label: 'No consent recorded', colour: 'yellow' },
  WITHDRAWN: { label: 'Consent withdrawn', colour: 'red' },
};

const today = () => new Date().toISOString().slice(0, 10);

function ConsentForm({ testimonial, onRecord }: { testimonial: Testimonial; onRecord(input: RecordConsentInput): Promise<void> }) {
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
          <ErrorSummary errors={errors} />
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
          <TextInput id={`${prefix}-note`} label="How consent was obtained (optional)" hint='For example "signed form, filed with PALS"' value={note} onChange={(e) => setNote(e.target.value)} error={errorFor(errors, `${prefix}-note`)} />
          <button className="nhsuk-button nhsuk-button--secondary" type="submit">
            Save consent
          </button>
        </form>
      </div>
    </details>
  );
}

export function TestimonialList({ testimonials, canAdd, onRecord }: { testimonials: Testimonial[]; canAdd: boolean; onRecord(input: RecordConsentInput): Promise<void> }) {
  if (!testimonials.length) return <p className="nhsuk-body">No testimonials yet.</p>;
  const exportable = testimonials.filter((t) => t.exportable).length;
  return (
    <>
      <p className="nhsuk-body">
        {exportable} of {testimonials.length} can be exported: only those with consent given go into the entry.
      </p>
      {testimonials.map((t) => {
        const tag = CONSENT_TAGS[t.consentStatus];
        return (
          <div className="nhsuk-card" key={t.id}>
            <div className="nhsuk-card__content">
              <blockquote className="app-quote">
                <p>“{t.quote}”</p>
                <footer>
                  {t.citedAs}
                  {t.anonymised && t.attribution && <span className="app-counts">Recorded as {t.attribution} (not shown in the entry)</span>}
                </footer>
              </blockquote>
              <p className="nhsuk-body-s app-entry-meta">
                <strong className={`nhsuk-tag nhsuk-tag--${tag.colour}`}>{tag.label}</strong>
                <strong className={`nhsuk-tag nhsuk-tag--${t.exportable ? 'blue' : 'grey'}`}>{t.exportable ? 'Exportable' : 'Not exportable'}</strong>
                <span>{SOURCE_LABELS[t.source]}</span>
              </p>
              {t.consentDate && (
                <p className="nhsuk-body-s">
                  Consent {t.consentStatus === 'WITHDRAWN' ? 'withdrawn' : 'given'} on {formatDate(t.consentDate)}
                  {t.consentRecordedBy && `, recorded by ${t.consentRecordedBy.name}`}
                  {t.consentNote && ` (${t.consentNote})`}
                </p>
              )}
              {canAdd && <ConsentForm testimonial={t} onRecord={onRecord} />}
            </div>
          </div>
        );
      })}
    </>
  );
}

export function AddTestimonialForm({ entryId, onAdd }: { entryId: string; onAdd(input: AddTestimonialInput): Promise<void> }) {
  const [quote, setQuote] = useState('');
  const [source, setSource] = useState('');
  const [attribution, setAttribution] = useState('');
  const [anonymised, setAnonymised] = useState(true);
  const [errors, setErrors] = useState<FormError[]>([]);
  const announce = useAnnounce();

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const problems: FormError[] = [];
    if (!quote.trim()) problems.push({ field: 'testimonial-quote', message: 'Enter the quote, in the person’s own words' });
    if (!source) problems.push({ field: 'testimonial-source', message: 'Select who gave the quote' });
    setErrors(problems);
    if (problems.length) return;
    try {
      await onAdd({ entryId, quote: quote.trim(), source: source as TestimonialSource, anonymised, attribution: attribution.trim() || undefined });
      setQuote('');
      setSource('');
      setAttribution('');
      setAnonymised(true);
      announce('Testimonial added. Record consent before it can be exported.');
    } catch (e) {
      setErrors(formErrors(e, { quote: 'testimonial-quote', source: 'testimonial-source', attribution: 'testimonial-attribution' }));
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Add a testimonial">
      <ErrorSummary errors={errors} />
      <Textarea id="testimonial-quote" label="Quote" hint="In the person’s own words" rows={4} value={quote} onChange={(e) => setQuote(e.target.value)} error={errorFor(errors, 'testimonial-quote')} />
      <Radios<TestimonialSource>
        id="testimonial-source"
        legend="Who gave it?"
        value={source}
        onChange={setSource}
        error={errorFor(errors, 'testimonial-source')}
        options={(['PATIENT', 'FAMILY', 'STAFF', 'STAKEHOLDER'] as const).map((value) => ({ value, label: SOURCE_LABELS[value] }))}
      />
      <TextInput
        id="testimonial-attribution"
        label="Who said it (optional)"
        hint='For the team, for example "Ward 7 sister". Cited only if not anonymised'
        value={attribution}
        onChange={(e) => setAttribution(e.target.value)}
        error={errorFor(errors, 'testimonial-attribution')}
      />
      <Checkbox id="testimonial-anonymised" label="Anonymise in the entry" hint='The entry cites it as, for example, "A patient"' checked={anonymised} onChange={setAnonymised} />
      <button className="nhsuk-button" type="submit">
        Add testimonial
      </button>
    </form>
  );
}
