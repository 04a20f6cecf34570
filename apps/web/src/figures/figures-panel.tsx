import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { shortQuote } from '../comments/use-comments';
import { hasCode } from '../forms/api-errors';
import type { SectionFiguresQuery as FiguresResult } from '../gql/graphql';
import { useAnnounce } from '../layout/announcer';
import type { LiveSection } from '../live/live-section';
import { useAfterEdits } from '../live/use-after-edits';
import { SectionFiguresQuery, UnlinkFigureMutation, UpdateFigureMutation } from './operations';

type Figure = FiguresResult['section']['figures'][number];

/** Figures are read again this long after typing pauses (their words are in the text). */
const SETTLE_MS = 1000;

const STATUS: Record<Figure['status'], { tag: string; words: string }> = {
  CURRENT: { tag: 'nhsuk-tag--green', words: 'Up to date' },
  STALE: { tag: 'nhsuk-tag--orange', words: 'Out of date' },
  UNAVAILABLE: { tag: 'nhsuk-tag--red', words: 'No longer in the evidence' },
};

const about = (f: Figure) => `${f.metric?.name ?? 'A deleted metric'}: ${f.kind === 'CHANGE' ? 'change' : 'gap'} for ${f.group}`;

/**
 * Beside the text: the figures inserted from the evidence (figure-form.tsx) and whether each still
 * says what the evidence says. The words are never rewritten by themselves (approvals are of the
 * words as they read): someone who may edit takes the new wording, or keeps theirs.
 */
export function FiguresPanel({ sectionId, live, canEdit }: { sectionId: string; live: LiveSection | null; canEdit: boolean }) {
  const { data, refetch } = useQuery(SectionFiguresQuery, { variables: { id: sectionId }, fetchPolicy: 'cache-and-network' });
  useAfterEdits(live?.doc, SETTLE_MS, refetch);
  // Values change on the Evidence page, with no event here: read again on coming back to the
  // page (told by the analyst of a correction, say), not only after typing or a reload.
  useEffect(() => {
    const again = () => document.visibilityState === 'visible' && void refetch();
    window.addEventListener('focus', again);
    document.addEventListener('visibilitychange', again);
    return () => {
      window.removeEventListener('focus', again);
      document.removeEventListener('visibilitychange', again);
    };
  }, [refetch]);
  const [update] = useMutation(UpdateFigureMutation);
  const [unlink] = useMutation(UnlinkFigureMutation);
  const announce = useAnnounce();
  const heading = useRef<HTMLHeadingElement>(null);
  const [problem, setProblem] = useState('');
  const [busy, setBusy] = useState(false);
  // Once someone has acted here, the panel stays (saying none are left) when the last figure is
  // kept as written: had it gone, the focus on its heading would have dropped to the page.
  const [acted, setActed] = useState(false);
  const figures = data?.section.figures ?? [];
  if (!figures.length && !acted) return null;
  const outOfStep = figures.filter((f) => f.status !== 'CURRENT').length;
  const summary = !figures.length
    ? 'None left: words kept as written are no longer checked against the evidence.'
    : outOfStep === 0
      ? 'All say what the evidence says now.'
      : figures.length === 1
        ? 'It no longer says what the evidence says.'
        : `${outOfStep} of them no longer ${outOfStep === 1 ? 'says' : 'say'} what the evidence says.`;

  async function act(figure: Figure, how: 'update' | 'unlink') {
    // aria-disabled, not disabled, while busy: a disabled button would drop the keyboard's focus to the page.
    if (busy) return;
    setBusy(true);
    setActed(true);
    setProblem('');
    const input = { sectionId, metricId: figure.metricId, level: figure.level, group: figure.group, kind: figure.kind, text: figure.text };
    try {
      await (how === 'update' ? update({ variables: { input } }) : unlink({ variables: { input } }));
      await refetch();
      announce(how === 'update' ? `The figure now reads: ${figure.currentWording}` : 'Kept as written. Those words are no longer checked against the evidence.');
      heading.current?.focus();
    } catch (error) {
      const message = hasCode(error, 'CONFLICT')
        ? 'The figure’s words changed since this list was read (someone typed in them, or it was already updated). The list now shows it as it is.'
        : 'That could not be done. The list now shows the figures as they are.';
      setProblem(message);
      announce(message);
      await Promise.resolve(refetch()).catch(() => undefined);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="app-figures" aria-labelledby="figures-heading" data-testid="figures-panel">
      <h2 className="nhsuk-heading-s" id="figures-heading" ref={heading} tabIndex={-1}>
        Figures from the evidence ({figures.length})
      </h2>
      <p className="nhsuk-body-s">{summary}</p>
      {problem && <p className="nhsuk-error-message">{problem}</p>}
      <ul className="nhsuk-list app-figures__list">
        {figures.map((figure, i) => (
          <li className={`app-figure-card app-figure-card--${figure.status.toLowerCase()}`} key={`${figure.metricId}-${figure.group}-${figure.kind}-${i}`}>
            <p className="nhsuk-body-s nhsuk-u-margin-bottom-1">
              <strong className={`nhsuk-tag ${STATUS[figure.status].tag}`}>{STATUS[figure.status].words}</strong> {about(figure)}
            </p>
            <p className="nhsuk-body-s nhsuk-u-margin-bottom-1">In the text: “{shortQuote(figure.text, 120)}”</p>
            {figure.status === 'STALE' && <p className="nhsuk-body-s nhsuk-u-margin-bottom-1">The evidence now says: “{figure.currentWording}”</p>}
            {canEdit && figure.status !== 'CURRENT' && (
              <div className="nhsuk-button-group app-figure-card__actions">
                {figure.status === 'STALE' && (
                  <button
                    className="nhsuk-button nhsuk-button--small"
                    type="button"
                    aria-disabled={busy}
                    onClick={() => void act(figure, 'update')}
                    aria-label={`Use the new wording: ${about(figure)}`}
                  >
                    Use the new wording
                  </button>
                )}
                <button
                  className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
                  type="button"
                  aria-disabled={busy}
                  onClick={() => void act(figure, 'unlink')}
                  aria-label={`Keep as written: ${about(figure)}`}
                >
                  Keep as written
                </button>
              </div>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
