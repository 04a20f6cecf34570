import { useEffect, useRef, useState, type FormEvent } from 'react';
import { problemsFrom } from '../forms/api-errors';
import { ErrorMessage } from '../forms/fields';
import { MentionTextarea } from './mention-textarea';
import { NotifyPeople, type Person } from './notify-people';
import { SubmitOrCancel } from '../forms/save-or-cancel';

export const MAX_COMMENT = 10_000;

/** The words of a comment, checked as the server will. */
export function bodyProblem(body: string): string | null {
  if (!body.trim()) return 'Enter your comment';
  if (body.trim().length > MAX_COMMENT) return `Your comment must be ${MAX_COMMENT.toLocaleString('en-GB')} characters or fewer`;
  return null;
}

interface CommentTextFormProps {
  id: string;
  label: string;
  submitLabel: string;
  initial?: string;
  /** Whom the words may mention ("Let people know"). */
  people?: Person[];
  onSubmit(body: string, mentionedUserIds: string[]): Promise<unknown>;
  onCancel(): void;
}

/** A reply, or a change to one's comment: one textarea, its error beside it, focused when opened. */
export function CommentTextForm({ id, label, submitLabel, initial = '', people, onSubmit, onCancel }: CommentTextFormProps) {
  const [body, setBody] = useState(initial);
  const [notify, setNotify] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const field = useRef<HTMLTextAreaElement>(null);
  useEffect(() => field.current?.focus(), []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const problem = bodyProblem(body);
    setError(problem);
    if (problem) return field.current?.focus();
    setSending(true);
    try {
      await onSubmit(body.trim(), notify);
    } catch (e) {
      setError(problemsFrom(e)[0].message);
      field.current?.focus();
    } finally {
      setSending(false);
    }
  }

  // The same textarea with or without mentions.
  const textarea = { className: `nhsuk-textarea${error ? ' nhsuk-textarea--error' : ''}`, id, name: id, rows: 3, value: body, 'aria-describedby': error ? `${id}-error` : undefined };
  return (
    <form className="app-comment-form" onSubmit={submit} noValidate>
      <div className={`nhsuk-form-group${error ? ' nhsuk-form-group--error' : ''}`}>
        <label className="nhsuk-label" htmlFor={id}>
          {label}
        </label>
        <ErrorMessage id={id} error={error} />
        {people && people.length > 0 ? (
          <MentionTextarea
            {...textarea}
            textareaRef={field}
            onValueChange={setBody}
            people={people}
            onMention={(person) => setNotify((ids) => (ids.includes(person.id) ? ids : [...ids, person.id]))}
          />
        ) : (
          <textarea {...textarea} ref={field} onChange={(e) => setBody(e.target.value)} />
        )}
      </div>
      {people && <NotifyPeople idPrefix={`${id}-notify`} people={people} chosen={notify} onChange={setNotify} />}
      <SubmitOrCancel submit={submitLabel} onCancel={onCancel} small sending={sending} />
    </form>
  );
}
