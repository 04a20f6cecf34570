import { Fragment, useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { formErrors } from '../forms/api-errors';
import { ErrorSummary, errorFor, type FormError } from '../forms/error-summary';
import { ErrorMessage } from '../forms/fields';
import type { CommentAnchorInput } from '../gql/graphql';
import { useAnnounce } from '../layout/announcer';
import { useSelectedPassage, type CommentPassages } from './comment-passages';
import { bodyProblem } from './comment-text-form';
import { MentionTextarea } from './mention-textarea';
import { NotifyPeople, type Person } from './notify-people';
import { shortQuote, type CommentActions } from './use-comments';
import { SubmitOrCancel } from '../forms/save-or-cancel';

type About = 'selected' | 'typed' | 'section';

const ID = 'new-comment';
const FIELDS = { about: `${ID}-about`, quote: `${ID}-quote`, body: `${ID}-body` };

/**
 * A new thread: on the passage selected in the text (relative positions, so it follows later
 * edits), on a passage typed or pasted (for those who cannot select: the server finds it), or
 * on the whole section. Closed behind a button until wanted, so that reading stays uncluttered.
 */
export function NewCommentForm({ passages, actions, people }: { passages: CommentPassages; actions: CommentActions; people: Person[] }) {
  const announce = useAnnounce();
  const selected = useSelectedPassage(passages);
  const [open, setOpen] = useState(false);
  const [about, setAbout] = useState<About>('section');
  const [chosen, setChosen] = useState(false);
  const [quote, setQuote] = useState('');
  const [body, setBody] = useState('');
  const [notify, setNotify] = useState<string[]>([]);
  const [errors, setErrors] = useState<FormError[]>([]);
  const [sending, setSending] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const aboutField = useRef<HTMLFieldSetElement>(null);
  const wasOpen = useRef(false);

  // A passage selected before choosing: that is what the comment is about.
  useEffect(() => {
    if (!chosen) setAbout(selected ? 'selected' : 'section');
  }, [selected, chosen]);

  // "Comment" by the selection in the text (or Ctrl+Alt+M there): the form opens on those words, at the comment's box.
  const toBody = useRef(false);
  useEffect(() => {
    passages.setCommentHandler(() => {
      setAbout('selected');
      setChosen(true);
      setOpen(true);
      const field = document.getElementById(FIELDS.body);
      if (field) field.focus();
      else toBody.current = true; // focused once the form has opened
    });
    return () => passages.setCommentHandler(null);
  }, [passages]);
  useEffect(() => {
    passages.setFormOpen(open);
    return () => passages.setFormOpen(false);
  }, [passages, open]);

  // Opening starts at the first question, on the choice already made, so that it is heard first.
  useEffect(() => {
    if (open && toBody.current) document.getElementById(FIELDS.body)?.focus();
    else if (open) aboutField.current?.querySelector<HTMLInputElement>('input:checked')?.focus();
    else if (wasOpen.current) opener.current?.focus();
    toBody.current = false;
    wasOpen.current = open;
  }, [open]);

  const close = () => {
    setOpen(false);
    setChosen(false);
    setErrors([]);
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    const problems: FormError[] = [];
    let anchor: CommentAnchorInput | undefined;
    if (about === 'selected') {
      const fromSelection = passages.anchorForSelection();
      if (fromSelection) anchor = fromSelection;
      else problems.push({ field: FIELDS.about, message: 'Select a passage in the text, or choose what else your comment is about' });
    } else if (about === 'typed') {
      if (quote.trim()) anchor = { quote: quote.trim() };
      else problems.push({ field: FIELDS.quote, message: 'Enter the words from the text that your comment is about' });
    }
    const bodyError = bodyProblem(body);
    if (bodyError) problems.push({ field: FIELDS.body, message: bodyError });
    setErrors(problems);
    if (problems.length) return;
    setSending(true);
    try {
      await actions.add(body.trim(), anchor, notify);
      setBody('');
      setQuote('');
      setNotify([]);
      close();
      announce('Your comment has been added.');
    } catch (e) {
      setErrors(formErrors(e, { body: FIELDS.body, 'anchor.quote': FIELDS.quote, anchor: FIELDS.about }));
    } finally {
      setSending(false);
    }
  }

  if (!open) {
    return (
      <div className="app-new-comment">
        <button className="nhsuk-button nhsuk-button--secondary app-new-comment__open" type="button" ref={opener} onClick={() => setOpen(true)} aria-describedby={`${ID}-tip`}>
          Add a comment
        </button>
        <p className="nhsuk-hint app-new-comment__tip" id={`${ID}-tip`}>
          {selected ? (
            <>
              On the selected words: <q>{shortQuote(selected.quote)}</q>
            </>
          ) : (
            'To comment on particular words, select them in the text first.'
          )}
        </p>
      </div>
    );
  }

  const options: { value: About; label: string; hint?: ReactNode }[] = [
    {
      value: 'selected',
      label: 'The words selected in the text',
      hint: selected ? <q>{shortQuote(selected.quote, 120)}</q> : 'Nothing is selected yet. Select words in the text to comment on them.',
    },
    { value: 'typed', label: 'Words I will type or paste' },
    { value: 'section', label: 'The whole section' },
  ];
  const aboutError = errorFor(errors, FIELDS.about);
  const quoteError = errorFor(errors, FIELDS.quote);
  const bodyError = errorFor(errors, FIELDS.body);

  return (
    <form className="app-new-comment app-new-comment--open" onSubmit={submit} noValidate aria-label="New comment">
      <ErrorSummary errors={errors} headingLevel={4} />
      <div className={`nhsuk-form-group${aboutError ? ' nhsuk-form-group--error' : ''}`}>
        <fieldset className="nhsuk-fieldset" ref={aboutField} aria-describedby={aboutError ? `${FIELDS.about}-error` : undefined}>
          <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">What is your comment about?</legend>
          <ErrorMessage id={FIELDS.about} error={aboutError} />
          <div className="nhsuk-radios nhsuk-radios--small">
            {options.map((option, i) => {
              const id = i === 0 ? FIELDS.about : `${FIELDS.about}-${option.value}`;
              return (
                <Fragment key={option.value}>
                  <div className="nhsuk-radios__item">
                    <input
                      className="nhsuk-radios__input"
                      id={id}
                      name={FIELDS.about}
                      type="radio"
                      value={option.value}
                      checked={about === option.value}
                      onChange={() => {
                        setAbout(option.value);
                        setChosen(true);
                      }}
                      aria-describedby={option.hint ? `${id}-hint` : undefined}
                      aria-controls={option.value === 'typed' ? `${FIELDS.quote}-conditional` : undefined}
                    />
                    <label className="nhsuk-label nhsuk-radios__label" htmlFor={id}>
                      {option.label}
                    </label>
                    {option.hint && (
                      <div className="nhsuk-hint nhsuk-radios__hint app-new-comment__quote" id={`${id}-hint`} data-testid={option.value === 'selected' ? 'selected-passage' : undefined}>
                        {option.hint}
                      </div>
                    )}
                  </div>
                  {option.value === 'typed' && (
                    <div className={`nhsuk-radios__conditional${about === 'typed' ? '' : ' nhsuk-radios__conditional--hidden'}`} id={`${FIELDS.quote}-conditional`}>
                      <div className={`nhsuk-form-group${quoteError ? ' nhsuk-form-group--error' : ''}`}>
                        <label className="nhsuk-label" htmlFor={FIELDS.quote}>
                          The words from the text (capital letters and quote marks need not match)
                        </label>
                        <ErrorMessage id={FIELDS.quote} error={quoteError} />
                        <textarea
                          className={`nhsuk-textarea${quoteError ? ' nhsuk-textarea--error' : ''}`}
                          id={FIELDS.quote}
                          name={FIELDS.quote}
                          rows={2}
                          value={quote}
                          onChange={(e) => setQuote(e.target.value)}
                          aria-describedby={quoteError ? `${FIELDS.quote}-error` : undefined}
                        />
                      </div>
                    </div>
                  )}
                </Fragment>
              );
            })}
          </div>
        </fieldset>
      </div>
      <div className={`nhsuk-form-group${bodyError ? ' nhsuk-form-group--error' : ''}`}>
        <label className="nhsuk-label" htmlFor={FIELDS.body}>
          Your comment
        </label>
        <ErrorMessage id={FIELDS.body} error={bodyError} />
        <div className="nhsuk-hint" id={`${FIELDS.body}-hint`}>
          Type @ to mention a member: they get a notification.
        </div>
        <MentionTextarea
          className={`nhsuk-textarea${bodyError ? ' nhsuk-textarea--error' : ''}`}
          id={FIELDS.body}
          name={FIELDS.body}
          rows={4}
          value={body}
          onValueChange={setBody}
          people={people}
          onMention={(person) => setNotify((ids) => (ids.includes(person.id) ? ids : [...ids, person.id]))}
          aria-describedby={`${FIELDS.body}-hint${bodyError ? ` ${FIELDS.body}-error` : ''}`}
        />
      </div>
      <NotifyPeople idPrefix={`${ID}-notify`} people={people} chosen={notify} onChange={setNotify} />
      <SubmitOrCancel submit="Add comment" onCancel={close} small sending={sending} />
    </form>
  );
}
