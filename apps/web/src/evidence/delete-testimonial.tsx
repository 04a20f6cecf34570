import { useEffect, useRef, useState } from 'react';
import { problemsFrom } from '../forms/api-errors';

interface DeleteTestimonialProps {
  citedAs: string;
  busy: boolean;
  /** Deletes the testimonial; its card goes when it resolves. */
  onDelete(): Promise<void>;
  /** "No": back to the card as it was. */
  onCancel(): void;
}

/** The question before a testimonial is deleted, as the NHS pattern for destructive actions; focused when it appears. */
export function DeleteTestimonial({ citedAs, busy, onDelete, onCancel }: DeleteTestimonialProps) {
  const [problem, setProblem] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => heading.current?.focus(), []);

  async function onConfirm() {
    if (busy) return;
    setProblem('');
    try {
      await onDelete();
    } catch (error) {
      setProblem(problemsFrom(error)[0].message);
    }
  }

  return (
    <div className="nhsuk-warning-callout">
      <h3 className="nhsuk-warning-callout__label" ref={heading} tabIndex={-1}>
        <span role="text">
          <span className="nhsuk-u-visually-hidden">Important: </span>
          Delete the quote from {citedAs}?
        </span>
      </h3>
      <p>The quote, its consent record and its links to judging criteria will be deleted for good. This cannot be undone.</p>
      {problem && (
        <p className="nhsuk-error-message" role="alert">
          <span className="nhsuk-u-visually-hidden">Error: </span>
          {problem}
        </p>
      )}
      <div className="nhsuk-button-group">
        <button className="nhsuk-button nhsuk-button--warning" type="button" onClick={onConfirm}>
          Yes, delete this testimonial
        </button>
        <button className="nhsuk-button nhsuk-button--secondary" type="button" onClick={onCancel}>
          No, keep it
        </button>
      </div>
    </div>
  );
}
