import type { SectionCounts } from './use-section-progress';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** A section's counts as words (read as they are shown), one a line, under its title in the side list; suggestions only when there are some. */
export function SectionCountsList({ counts }: { counts: SectionCounts }) {
  const over = counts.wordCount - counts.wordLimit;
  return (
    <ul className="app-section-list__counts">
      <li className={over > 0 ? 'app-section-list__over' : undefined}>
        {counts.wordCount} of {counts.wordLimit} words{over > 0 && `, ${over} over`}
      </li>
      <li>{counts.signOffsNeeded === 0 ? 'No sign-offs needed' : `${counts.signOffsHeld} of ${plural(counts.signOffsNeeded, 'sign-off', 'sign-offs')}`}</li>
      <li>{counts.openThreads === 0 ? 'No open comments' : plural(counts.openThreads, 'open comment', 'open comments')}</li>
      {counts.pendingSuggestions > 0 && <li>{plural(counts.pendingSuggestions, 'suggestion', 'suggestions')} to accept or reject</li>}
    </ul>
  );
}
