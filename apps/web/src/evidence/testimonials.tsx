import { useRef, useState, type FormEvent } from 'react';
import { formErrors } from '../forms/api-errors';
import { ErrorSummary, errorFor, type FormError } from '../forms/error-summary';
import { bound, TextInput } from '../forms/fields';
import type { AddTestimonialInput, TestimonialSource } from '../gql/graphql';
import { useAnnounce } from '../layout/announcer';
import { Checkbox, Radios, Textarea } from './controls';
import { SOURCE_LABELS } from './evidence-format';
import { TestimonialCard, type TestimonialActions } from './testimonial-card';
import type { Testimonial } from './use-evidence';

/** The "Testimonials" heading and one card per testimonial. After a deletion the card goes, so focus moves to the heading. */
export function TestimonialList({ testimonials, canChange, actions }: { testimonials: Testimonial[]; canChange: boolean; actions: TestimonialActions }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const announce = useAnnounce();
  const exportable = testimonials.filter((t) => t.exportable).length;

  async function onDelete(testimonial: Testimonial) {
    await actions.onDelete(testimonial);
    announce(`The quote from ${testimonial.citedAs} was deleted.`);
    heading.current?.focus();
  }

  return (
    <>
      <h2 className="nhsuk-heading-m" ref={heading} tabIndex={-1}>
        Testimonials
      </h2>
      {testimonials.length ? (
        <p className="nhsuk-body">
          {exportable} of {testimonials.length} can be exported: only those with consent given go into the entry.
        </p>
      ) : (
        <p className="nhsuk-body">No testimonials yet.</p>
      )}
      {testimonials.map((t) => (
        <TestimonialCard key={t.id} testimonial={t} canChange={canChange} actions={{ ...actions, onDelete }} />
      ))}
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
      <ErrorSummary errors={errors} headingLevel={4} />
      <Textarea {...bound('testimonial-quote', quote, setQuote, errors)} label="Quote" hint="In the person’s own words" rows={4} />
      <Radios<TestimonialSource>
        id="testimonial-source"
        legend="Who gave it?"
        value={source}
        onChange={setSource}
        error={errorFor(errors, 'testimonial-source')}
        options={(['PATIENT', 'FAMILY', 'STAFF', 'STAKEHOLDER'] as const).map((value) => ({ value, label: SOURCE_LABELS[value] }))}
      />
      <TextInput
        {...bound('testimonial-attribution', attribution, setAttribution, errors)}
        label="Who said it (optional)"
        hint='For the team, for example "Ward 7 sister". Cited only if not anonymised'
      />
      <Checkbox id="testimonial-anonymised" label="Anonymise in the entry" hint='The entry cites it as, for example, "A patient"' checked={anonymised} onChange={setAnonymised} />
      <button className="nhsuk-button" type="submit">
        Add testimonial
      </button>
    </form>
  );
}
