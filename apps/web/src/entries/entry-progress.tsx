interface ProgressSection {
  id: string;
  title: string;
  wordLimit: number;
  wordCount: number;
  signOffStatus: { slots: { key: string; held: boolean }[] };
  comments: { totalCount: number };
}

/** An entry's state at a glance, from its sections: words against limits, sign-offs held, open comment threads. */
export function entryProgress(sections: ProgressSection[]) {
  const slots = sections.flatMap((s) => s.signOffStatus.slots);
  return {
    withinLimit: sections.filter((s) => s.wordCount <= s.wordLimit).length,
    slotsHeld: slots.filter((s) => s.held).length,
    slotsNeeded: slots.length,
    openThreads: sections.reduce((sum, s) => sum + s.comments.totalCount, 0),
  };
}

/** "3 of 5 within limit", opening to each section's words against its limit. */
export function WordsCell({ entryTitle, sections }: { entryTitle: string; sections: ProgressSection[] }) {
  const { withinLimit } = entryProgress(sections);
  if (sections.length === 0) return <>No sections</>;
  return (
    <details className="nhsuk-details app-progress">
      <summary className="nhsuk-details__summary">
        <span className="nhsuk-details__summary-text">
          {withinLimit} of {sections.length} sections within limit
          <span className="nhsuk-u-visually-hidden"> in {entryTitle}</span>
        </span>
      </summary>
      <div className="nhsuk-details__text">
        <ul className="nhsuk-list app-progress__list">
          {sections.map((s) => (
            <li key={s.id} className={s.wordCount > s.wordLimit ? 'app-progress__over' : undefined}>
              {s.title}: {s.wordCount} of {s.wordLimit} words
              {s.wordCount > s.wordLimit && <strong> (over by {s.wordCount - s.wordLimit})</strong>}
            </li>
          ))}
        </ul>
      </div>
    </details>
  );
}
