import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import type * as Y from 'yjs';
import { useEntryEvents } from '../activity/use-entry-events';
import type { CommentPassages } from '../comments/comment-passages';
import { useAfterEdits } from '../live/use-after-edits';
import { CriteriaLinksQuery, LinkCriterionPassagesMutation } from './operations';
import './criteria.css';

/** How long after the last edit the passages are read again (they follow the text on the server). */
const SETTLE_MS = 800;

interface CriteriaLinksProps {
  entryId: string;
  sectionId: string;
  criteria: { id: string; text: string }[];
  /** The section's editor link: what is selected, and where a passage is. */
  passages: CommentPassages;
  /** The section's live document: its edits move the passages, so they are read again. */
  doc?: Pick<Y.Doc, 'on' | 'off'> | null;
}

/**
 * The judges' criteria with what answers each: passages of the text, linked from the words
 * selected in it ("Link selected words", after the text in Tab order), shown as quotes that
 * select the passage, each with "Unlink". A criterion is ticked once anything answers it.
 */
export function CriteriaLinks({ entryId, sectionId, criteria, passages, doc }: CriteriaLinksProps) {
  const { data, refetch } = useQuery(CriteriaLinksQuery, { variables: { id: entryId }, fetchPolicy: 'cache-and-network' });
  const [link, { loading }] = useMutation(LinkCriterionPassagesMutation);
  const [said, setSaid] = useState('');

  useAfterEdits(doc, SETTLE_MS, refetch);
  // Links made by others (and evidence linked on the evidence page) show as they happen.
  useEntryEvents(entryId, () => void refetch());

  const entry = data?.entry;
  const canLink = entry?.abilities.canEditEvidence ?? false;
  const linksOf = (criterionId: string) => entry?.sections.flatMap((s) => s.criteria).find((c) => c.id === criterionId);

  async function setPassages(criterionId: string, passageInputs: { id?: string; sectionId?: string; anchor?: { start: string; end: string } }[], done: string) {
    try {
      await link({ variables: { input: { criterionId, passages: passageInputs } } });
      setSaid(done);
    } catch (error) {
      setSaid(`Not saved: ${error instanceof Error ? error.message : 'the server refused it'}`);
    }
  }

  function linkSelection(criterionId: string, text: string) {
    const anchor = passages.anchorForSelection();
    const quote = passages.getSelected()?.quote;
    if (!anchor || !quote) {
      setSaid('Select words in the text first, then choose “Link selected words” for the criterion they answer.');
      return;
    }
    const kept = (linksOf(criterionId)?.passages ?? []).map((p) => ({ id: p.id }));
    void setPassages(criterionId, [...kept, { sectionId, anchor }], `Linked “${quote}” to the criterion “${text}”.`);
  }

  return (
    <>
      <ul className="app-checklist" aria-labelledby="criteria-heading">
        {criteria.map((criterion) => {
          const links = linksOf(criterion.id);
          const covered = links?.covered ?? false;
          return (
            <li className={covered ? 'app-checklist__item app-checklist__item--done' : 'app-checklist__item'} key={criterion.id} data-testid={`criterion-${criterion.id}`}>
              {criterion.text}
              {/* Said once known: nothing is claimed while the links are loading. */}
              {links && <span className="nhsuk-u-visually-hidden">{covered ? ' (addressed)' : ' (not yet addressed)'}</span>}
              {links && links.passages.length > 0 && (
                <ul className="app-criterion__passages" aria-label="Passages that answer it">
                  {links.passages.map((p) => (
                    <li key={p.id}>
                      {p.lost ? (
                        <span className="app-criterion__lost">A linked passage was deleted from the text: it no longer answers this criterion.</span>
                      ) : p.section.id === sectionId ? (
                        <button type="button" className="app-link-button" onClick={() => passages.revealAnchor(p) || setSaid('That passage is not in the text as it is now.')}>
                          “{p.quote}”<span className="nhsuk-u-visually-hidden"> (select it in the text)</span>
                        </button>
                      ) : (
                        <q>{p.quote}</q>
                      )}{' '}
                      {canLink && (
                        <button
                          type="button"
                          className="app-link-button"
                          disabled={loading}
                          onClick={() =>
                            void setPassages(
                              criterion.id,
                              links.passages.filter((o) => o.id !== p.id).map((o) => ({ id: o.id })),
                              p.lost ? 'Removed the deleted passage.' : `Unlinked “${p.quote}”.`,
                            )
                          }
                        >
                          Unlink<span className="nhsuk-u-visually-hidden"> {p.lost ? 'the deleted passage' : `“${p.quote}”`}</span>
                        </button>
                      )}
                    </li>
                  ))}
                </ul>
              )}
              {canLink && (
                <p className="nhsuk-u-margin-bottom-0 nhsuk-u-margin-top-1">
                  <button
                    type="button"
                    className="nhsuk-button nhsuk-button--secondary nhsuk-button--small nhsuk-u-margin-bottom-0"
                    // aria-disabled, not disabled: a disabled button loses focus to the page while saving (browser walk).
                    aria-disabled={loading || undefined}
                    onMouseDown={(event) => event.preventDefault()} // keep the selection in the text
                    onClick={() => loading || linkSelection(criterion.id, criterion.text)}
                  >
                    Link selected words<span className="nhsuk-u-visually-hidden"> to “{criterion.text}”</span>
                  </button>
                </p>
              )}
            </li>
          );
        })}
      </ul>
      <p className="nhsuk-body-s" role="status" aria-live="polite" data-testid="criteria-status">
        {said}
      </p>
    </>
  );
}
