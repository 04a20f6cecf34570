import { ROLE_LABELS } from '@quorum/domain';
import { useEffect, useRef, useState } from 'react';
import { shortQuote } from '../comments/use-comments';
import { hasCode } from '../forms/api-errors';
import { formatDateTime } from '../format';
import { useAnnounce } from '../layout/announcer';
import { Change } from '../sign-off/text-diff';
import type { Suggestion } from './use-suggestions';

/** Add, Delete, Replace (a deletion and an insertion together) or Format. */
function kindWord(s: Suggestion): string {
  if (s.kind === 'INSERT' && s.deletedText) return 'Replace';
  return { INSERT: 'Add', DELETE: 'Delete', FORMAT: 'Format' }[s.kind];
}

const authorName = (s: Suggestion) => s.author?.name ?? 'Someone';

/** "Joy Campbell’s suggestion to add “Twelve advocates…”": what a button or an announcement is about. */
export function describeSuggestion(s: Suggestion): string {
  const what = kindWord(s) === 'Replace' ? `replace “${shortQuote(s.deletedText, 30)}” with “${shortQuote(s.insertedText, 30)}”` : `${kindWord(s).toLowerCase()} “${shortQuote(s.text, 40)}”`;
  return `${authorName(s)}’s suggestion to ${what}`;
}

interface PanelProps {
  suggestions: Suggestion[];
  /** How many are pending in all, when the list holds only the first of them (the API's page). */
  total?: number;
  loaded: boolean;
  /** May accept and reject (those who may edit the section). */
  canDecide: boolean;
  decide(accept: boolean, suggestion: Suggestion): Promise<unknown>;
  decideAll(accept: boolean, authorId?: string): Promise<unknown>;
  /** Reads the list again (after a refusal, which reads nothing by itself). */
  readAgain?(): Promise<unknown>;
  /** Whether the viewer has the Editing / Suggesting switch (those who may only suggest are always suggesting). */
  canSuggest?: boolean;
  /** The comment thread of a suggestion, or the way to start one (comments feature). */
  renderThread?(suggestion: Suggestion): React.ReactNode;
}

/** A decision on many suggestions at once (all, or one person's), waiting for its confirmation. */
interface BulkDecision {
  accept: boolean;
  author?: { id: string; name: string };
}

/** The button that asks for it, to go back to. */
const bulkKey = ({ accept, author }: BulkDecision) => `${accept ? 'accept' : 'reject'}${author ? `-${author.id}` : ''}`;

/**
 * Its question, its Yes button and what is said once done, for the suggestions as they are now
 * (the list may change while it asks). The server decides every pending one, listed or not: with
 * more than the list holds, "all" is counted from the total, and one person's are not counted.
 */
function bulkWords({ accept, author }: BulkDecision, suggestions: Suggestion[], total = suggestions.length) {
  const verb = accept ? 'Accept' : 'Reject';
  const done = accept ? 'Accepted' : 'Rejected';
  if (author) {
    const theirs = suggestions.filter((s) => s.author?.id === author.id).length;
    const what = total > suggestions.length ? `all of ${author.name}’s suggestions` : `${author.name}’s ${theirs === 1 ? 'suggestion' : `${theirs} suggestions`}`;
    return { count: theirs, label: `${verb} all by ${author.name}`, question: `${verb} ${what}?`, yes: `Yes, ${verb.toLowerCase()} all by ${author.name}`, done: `${done} ${what}.` };
  }
  const count = Math.max(total, suggestions.length);
  const what = count === 1 ? 'the suggestion' : `all ${count} suggestions`;
  return { count, label: `${verb} all`, question: `${verb} ${what}?`, yes: `Yes, ${verb.toLowerCase()} all`, done: `${done} ${what}.` };
}

/**
 * The section's pending suggestions beside its text: who, in which role, when, what kind, and
 * the words; Accept and Reject for each, for one person's, or for all, to those who may edit.
 * Deciding many at once asks first, in place (a misclick would otherwise reject someone's
 * work): focus moves to the question, and back to the button on Cancel (or Escape).
 * Every result is said through the live region; focus moves to the next suggestion, or to the
 * heading when none is left, so keyboard users carry on from where they were.
 */
export function SuggestionsPanel({ suggestions, total: pending, loaded, canDecide, canSuggest = true, decide, decideAll, readAgain, renderThread }: PanelProps) {
  const announce = useAnnounce();
  const heading = useRef<HTMLHeadingElement>(null);
  const list = useRef<HTMLOListElement>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<BulkDecision | null>(null);
  const [focusBulk, setFocusBulk] = useState<string | null>(null);
  const all = useRef<HTMLDivElement>(null);
  const question = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (confirming) question.current?.focus();
  }, [confirming]);
  useEffect(() => {
    if (focusBulk === null) return;
    setFocusBulk(null);
    all.current?.querySelector<HTMLElement>(`[data-bulk="${focusBulk}"]`)?.focus();
  }, [focusBulk]);
  const authors = [...new Map(suggestions.flatMap((s) => (s.author ? [[s.author.id, s.author] as const] : []))).values()];

  /** Does it, says so and moves focus on; false when it could not be done (said too). */
  async function run(action: () => Promise<unknown>, done: string, focusAfter: number | null): Promise<boolean> {
    setBusy(true);
    setProblem(null);
    try {
      await action();
      announce(done);
      // The list has been read again: the suggestion now at that place, else the heading.
      const cards = list.current?.querySelectorAll<HTMLElement>('.app-suggestion-card');
      const next = focusAfter !== null && cards && cards.length > 0 ? cards[Math.min(focusAfter, cards.length - 1)] : null;
      (next ?? heading.current)?.focus();
      return true;
    } catch (error) {
      // CONFLICT: its author typed on after the list was read; the list, read again, shows it as it is now.
      const message = hasCode(error, 'CONFLICT')
        ? 'That suggestion has changed since the list showed it: read it again as it is now before accepting or rejecting it.'
        : 'That could not be done: the suggestion may have been accepted or rejected by someone else. The list shows what is left.';
      setProblem(message);
      announce(message);
      // Reading again is a courtesy: if it fails too, the message above still stands.
      await Promise.resolve(readAgain?.()).catch(() => undefined);
      return false;
    } finally {
      setBusy(false);
    }
  }

  async function confirm(bulk: BulkDecision) {
    if (busy) return;
    const done = await run(() => decideAll(bulk.accept, bulk.author?.id), bulkWords(bulk, suggestions, pending).done, null);
    setConfirming(null);
    // Not done: back to the button, beside the message saying why.
    if (!done) setFocusBulk(bulkKey(bulk));
  }

  function cancel(bulk: BulkDecision) {
    setConfirming(null);
    setFocusBulk(bulkKey(bulk));
  }

  const count = suggestions.length;
  // Nothing left of what it asks about (decided elsewhere meanwhile): the buttons again.
  const asking = confirming && bulkWords(confirming, suggestions, pending).count > 0 ? { ...confirming, ...bulkWords(confirming, suggestions, pending) } : null;
  if (confirming && !asking) setConfirming(null);
  const bulkButton = (bulk: BulkDecision) => (
    <button type="button" className="nhsuk-button nhsuk-button--secondary nhsuk-button--small" disabled={busy} data-bulk={bulkKey(bulk)} onClick={() => setConfirming(bulk)}>
      {bulkWords(bulk, suggestions, pending).label}
    </button>
  );
  // Accept is the main button, Reject the secondary one; each names the suggestion it decides.
  const decideButton = (accept: boolean, s: Suggestion, index: number) => {
    const about = describeSuggestion(s);
    const verb = accept ? 'Accept' : 'Reject';
    return (
      <button
        type="button"
        className={`nhsuk-button${accept ? '' : ' nhsuk-button--secondary'} nhsuk-button--small`}
        disabled={busy}
        aria-label={`${verb} ${about}`}
        onClick={() => void run(() => decide(accept, s), `${accept ? 'Accepted' : 'Rejected'} ${about}.`, index)}
      >
        {verb}
      </button>
    );
  };
  return (
    <section className="app-suggestions" aria-labelledby="suggestions-heading" data-testid="suggestions-panel">
      <h2 className="nhsuk-heading-s" id="suggestions-heading" ref={heading} tabIndex={-1}>
        Suggestions{loaded ? ` (${Math.max(count, pending ?? 0)})` : ''}
      </h2>
      {loaded && pending !== undefined && pending > count && (
        <p className="nhsuk-body-s" data-testid="suggestions-more">
          Listed here: the first {count} of {pending}, in the order of the text. The rest show in the text; as these are accepted or rejected, the next ones are listed.
        </p>
      )}
      {!loaded && <p className="nhsuk-body-s">Loading the suggestions…</p>}
      {loaded && count === 0 && (
        <p className="nhsuk-body-s">
          {canDecide
            ? 'No suggested changes. Choose Suggesting above the text to propose one without changing the text.'
            : canSuggest
              ? 'No suggested changes. What you type in the text is kept as a suggestion for the team to accept or reject.'
              : 'No suggested changes.'}
        </p>
      )}
      {problem && (
        <p className="nhsuk-error-message" data-testid="suggestions-problem">
          <span className="nhsuk-u-visually-hidden">Error:</span> {problem}
        </p>
      )}
      {canDecide && count > 0 && (
        <div className="app-suggestions__all" data-testid="suggestions-all" ref={all}>
          {asking ? (
            // Focus goes to the question rather than to Yes (as elsewhere), so that Enter pressed twice does not reject everything.
            // Escape from the question or its buttons is Cancel.
            // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
            <div
              className="app-suggestions__confirm"
              role="group"
              aria-labelledby="suggestions-confirm-question"
              data-testid="suggestions-confirm"
              onKeyDown={(e) => e.key === 'Escape' && cancel(asking)}
            >
              <p className="nhsuk-body-s app-suggestions__question" id="suggestions-confirm-question" ref={question} tabIndex={-1}>
                {asking.question}
              </p>
              <div className="nhsuk-button-group">
                {/* aria-disabled, not disabled, while it is done: a disabled button would drop focus to the page. */}
                <button type="button" className={`nhsuk-button nhsuk-button--small${asking.accept ? '' : ' nhsuk-button--warning'}`} aria-disabled={busy} onClick={() => void confirm(asking)}>
                  {asking.yes}
                </button>
                <button type="button" className="nhsuk-button nhsuk-button--secondary nhsuk-button--small" onClick={() => cancel(asking)}>
                  Cancel
                </button>
              </div>
            </div>
          ) : (
            <>
              <div className="nhsuk-button-group">
                {bulkButton({ accept: true })}
                {bulkButton({ accept: false })}
              </div>
              {authors.length > 1 &&
                authors.map((author) => (
                  <div className="nhsuk-button-group" key={author.id}>
                    {bulkButton({ accept: true, author })}
                    {bulkButton({ accept: false, author })}
                  </div>
                ))}
            </>
          )}
        </div>
      )}
      {count > 0 && (
        <ol className="app-suggestions__list" ref={list}>
          {suggestions.map((s, index) => {
            return (
              <li key={s.id} className="app-suggestion-card" tabIndex={-1} data-suggestion-id={s.id}>
                <p className="app-comment__byline">
                  <strong className="app-comment__author">{authorName(s)}</strong>
                  {s.role && <span className="app-comment__role">{ROLE_LABELS[s.role]}</span>}
                  {s.createdAt && (
                    <time className="app-comment__time" dateTime={s.createdAt}>
                      {formatDateTime(s.createdAt)}
                    </time>
                  )}
                </p>
                <p className="app-suggestion-card__text">
                  <strong>{kindWord(s)}: </strong>
                  {s.deletedText && <Change tag="del" said="deleted" text={s.deletedText} />}
                  {s.deletedText && s.insertedText && ' '}
                  {s.insertedText && <Change tag="ins" said="added" text={s.insertedText} />}
                  {!s.deletedText && !s.insertedText && s.text}
                </p>
                {canDecide && (
                  <div className="nhsuk-button-group">
                    {decideButton(true, s, index)}
                    {decideButton(false, s, index)}
                  </div>
                )}
                {renderThread?.(s)}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
