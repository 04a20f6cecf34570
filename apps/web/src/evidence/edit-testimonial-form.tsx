import { useEffect, useRef, useState, type FormEvent } from 'react';
import { formErrors } from '../forms/api-errors';
import { ErrorSummary, errorFor, type FormError } from '../forms/error-summary';
import { bound, TextInput } from '../forms/fields';
import { SaveOrCancel } from '../forms/save-or-cancel';
import type { TestimonialSource, UpdateTestimonialInput } from '../gql/graphql';
import { Checkbox, Radios, Textarea } from './controls';
import { SOURCE_LABELS } from './evidence-format';
import type { Testimonial } from './use-evidence';

export type TestimonialChanges = Omit<UpdateTestimonialInput, 'testimonialId'>;

const QUOTE_MAX = 3000;
const ATTRIBUTION_MAX = 200;

interface EditTestimonialFormProps {
  testimonial: Testimonial;
  busy: boolean;
  onSave(changes: TestimonialChanges): Promise<void>;
  onCancel(): void;
}

/** Correct a testimonial in place, in its card; every problem in the summary at the top of the form. */
export function EditTestimonialForm({ testimonial, busy, onSave, onCancel }: EditTestimonialFormProps) {
  // Ids unique to the card: the add form below uses the plain ones.
  const prefix = `edit-testimonial-${testimonial.id}`;
  const ids = { quote: `${prefix}-quote`, source: `${prefix}-source`, attribution: `${prefix}-attribution`, anonymised: `${prefix}-anonymised` };
  const heading = useRef<HTMLHeadingElement>(null);
  const [quote, setQuote] = useState(testimonial.quote);
  const [source, setSource] = useState<string>(testimonial.source);
  const [attribution, setAttribution] = useState(testimonial.attribution ?? '');
  const [anonymised, setAnonymised] = useState(testimonial.anonymised);
  const [errors, setErrors] = useState<FormError[]>([]);

  useEffect(() => heading.current?.focus(), []);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const problems: FormError[] = [];
    if (!quote.trim()) problems.push({ field: ids.quote, message: 'Enter the quote, in the person’s own words' });
    else if (quote.trim().length > QUOTE_MAX) problems.push({ field: ids.quote, message: `The quote must be ${QUOTE_MAX.toLocaleString('en-GB')} characters or fewer` });
    if (attribution.trim().length > ATTRIBUTION_MAX) problems.push({ field: ids.attribution, message: `Who said it must be ${ATTRIBUTION_MAX} characters or fewer` });
    setErrors(problems);
    if (problems.length) return;
    try {
      // An emptied attribution clears it (null), as the API expects.
      await onSave({ quote: quote.trim(), source: source as TestimonialSource, attribution: attribution.trim() || null, anonymised });
    } catch (e) {
      setErrors(formErrors(e, { quote: ids.quote, source: ids.source, attribution: ids.attribution }));
    }
  }

  const headingId = `${prefix}-heading`;
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby={headingId}>
      <h3 className="nhsuk-heading-s" id={headingId} ref={heading} tabIndex={-1}>
        Change the quote from {testimonial.citedAs}
      </h3>
      <ErrorSummary errors={errors} headingLevel={4} />
      {testimonial.consentStatus === 'GIVEN' && (
        <div className="nhsuk-inset-text">
          <span className="nhsuk-u-visually-hidden">Information: </span>
          <p>Consent was given for these words. If you change the words, or name the person in the entry, record consent again before it can be exported.</p>
        </div>
      )}
      <Textarea {...bound(ids.quote, quote, setQuote, errors)} label="Quote" hint="In the person’s own words" rows={4} />
      <Radios<TestimonialSource>
        id={ids.source}
        legend="Who gave it?"
        value={source}
        onChange={setSource}
        error={errorFor(errors, ids.source)}
        options={(['PATIENT', 'FAMILY', 'STAFF', 'STAKEHOLDER'] as const).map((value) => ({ value, label: SOURCE_LABELS[value] }))}
      />
      <TextInput {...bound(ids.attribution, attribution, setAttribution, errors)} label="Who said it (optional)" hint='For the team, for example "Ward 7 sister". Cited only if not anonymised' />
      <Checkbox id={ids.anonymised} label="Anonymise in the entry" hint='The entry cites it as, for example, "A patient"' checked={anonymised} onChange={setAnonymised} />
      <SaveOrCancel onCancel={onCancel} />
    </form>
  );
}
