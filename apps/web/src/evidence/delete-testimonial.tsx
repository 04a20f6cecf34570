import { ConfirmDelete } from '../forms/confirm-delete';

interface DeleteTestimonialProps {
  citedAs: string;
  busy: boolean;
  /** Deletes the testimonial; its card goes when it resolves. */
  onDelete(): Promise<void>;
  /** "No": back to the card as it was. */
  onCancel(): void;
}

/** The question before a testimonial is deleted. */
export function DeleteTestimonial({ citedAs, busy, onDelete, onCancel }: DeleteTestimonialProps) {
  return (
    <ConfirmDelete
      question={`Delete the quote from ${citedAs}?`}
      consequence="The quote, its consent record and its links to judging criteria will be deleted for good. This cannot be undone."
      confirm="Yes, delete this testimonial"
      busy={busy}
      onConfirm={onDelete}
      onCancel={onCancel}
    />
  );
}
