import { ROLE_LABELS } from '@quorum/domain';
import { useRef, useState } from 'react';
import { shortQuote } from '../comments/use-comments';
import { hasCode } from '../forms/api-errors';
import { formatDateTime } from '../format';
import { useAnnounce } from '../layout/announcer';
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

/**
 * The section's pending suggestions beside its text: who, in which role, when, what kind, and
 * the words; Accept and Reject for each, for one person's, or for all, to those who may edit.
 * Every result is said through the live region; focus moves to the next suggestion, or to the
 * heading when none is left, so keyboard users carry on from where they were.
 */
export function SuggestionsPanel({ suggestions, loaded, canDecide, canSuggest = true, decide, decideAll, readAgain, renderThread }: PanelProps) {
  const announce = useAnnounce();
  const heading = useRef<HTMLHeadingElement>(null);
  const list = useRef<HTMLOListElement>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const authors = [...new Map(suggestions.flatMap((s) => (s.author ? [[s.author.id, s.author] as const] : []))).values()];

  async function run(action: () => Promise<unknown>, done: string, focusAfter: number | null) {
    setBusy(true);
    setProblem(null);
    try {
      await action();
      announce(done);
      // The list has been read again: the suggestion now at that place, else the heading.
      const cards = list.current?.querySelectorAll<HTMLElement>('.app-suggestion-card');
      const next = focusAfter !== null && cards && cards.length > 0 ? cards[Math.min(focusAfter, cards.length - 1)] : null;
      (next ?? heading.current)?.focus();
    } catch (error) {
      // CONFLICT: its author typed on after the list was read; the list, read again, shows it as it is now.
      const message = hasCode(error, 'CONFLICT')
        ? 'That suggestion has changed since the list showed it: read it again as it is now before accepting or rejecting it.'
        : 'That could not be done: the suggestion may have been accepted or rejected by someone else. The list shows what is left.';
      setProblem(message);
      announce(message);
      // Reading again is a courtesy: if it fails too, the message above still stands.
      await Promise.resolve(readAgain?.()).catch(() => undefined);
    } finally {
      setBusy(false);
    }
  }

  const count = suggestions.length;
  return (
    <section className="app-suggestions" aria-labelledby="suggestions-heading" data-testid="suggestions-panel">
      <h2 className="nhsuk-heading-s" id="suggestions-heading" ref={heading} tabIndex={-1}>
        Suggestions{loaded ? ` (${count})` : ''}
      </h2>
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
        <div className="app-suggestions__all" data-testid="suggestions-all">
          <div className="nhsuk-button-group">
            <button
              type="button"
              className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
              disabled={busy}
              onClick={() => void run(() => decideAll(true), count === 1 ? 'Accepted the suggestion.' : `Accepted all ${count} suggestions.`, null)}
            >
              Accept all
            </button>
            <button
              type="button"
              className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
              disabled={busy}
              onClick={() => void run(() => decideAll(false), count === 1 ? 'Rejected the suggestion.' : `Rejected all ${count} suggestions.`, null)}
            >
              Reject all
            </button>
          </div>
          {authors.length > 1 &&
            authors.map((author) => {
              const theirs = suggestions.filter((s) => s.author?.id === author.id).length;
              return (
                <div className="nhsuk-button-group" key={author.id}>
                  <button
                    type="button"
                    className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
                    disabled={busy}
                    onClick={() => void run(() => decideAll(true, author.id), `Accepted ${author.name}’s ${theirs === 1 ? 'suggestion' : `${theirs} suggestions`}.`, null)}
                  >
                    Accept all by {author.name}
                  </button>
                  <button
                    type="button"
                    className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
                    disabled={busy}
                    onClick={() => void run(() => decideAll(false, author.id), `Rejected ${author.name}’s ${theirs === 1 ? 'suggestion' : `${theirs} suggestions`}.`, null)}
                  >
                    Reject all by {author.name}
                  </button>
                </div>
              );
            })}
        </div>
      )}
      {count > 0 && (
        <ol className="app-suggestions__list" ref={list}>
          {suggestions.map((s, index) => {
            const about = describeSuggestion(s);
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
                  {s.deletedText && (
                    <del>
                      <span className="nhsuk-u-visually-hidden">[deleted: </span>
                      {s.deletedText}
                      <span className="nhsuk-u-visually-hidden">]</span>
                    </del>
                  )}
                  {s.deletedText && s.insertedText && ' '}
                  {s.insertedText && (
                    <ins>
                      <span className="nhsuk-u-visually-hidden">[added: </span>
                      {s.insertedText}
                      <span className="nhsuk-u-visually-hidden">]</span>
                    </ins>
                  )}
                  {!s.deletedText && !s.insertedText && s.text}
                </p>
                {canDecide && (
                  <div className="nhsuk-button-group">
                    <button
                      type="button"
                      className="nhsuk-button nhsuk-button--small"
                      disabled={busy}
                      aria-label={`Accept ${about}`}
                      onClick={() => void run(() => decide(true, s), `Accepted ${about}.`, index)}
                    >
                      Accept
                    </button>
                    <button
                      type="button"
                      className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
                      disabled={busy}
                      aria-label={`Reject ${about}`}
                      onClick={() => void run(() => decide(false, s), `Rejected ${about}.`, index)}
                    >
                      Reject
                    </button>
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
