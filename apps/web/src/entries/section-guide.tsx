import { useState } from 'react';
import { SectionCriteria, type CriteriaLinking } from './section-criteria';

const KEY = 'quorum:section-guide-open';

interface GuideSection {
  guidance: string;
  criteria: { id: string; text: string }[];
}

function stored(): boolean {
  try {
    return localStorage.getItem(KEY) === 'true';
  } catch {
    return false; // storage may be blocked: folded still works
  }
}

/**
 * The section's guidance and the judges' criteria, folded under the text so that the text comes
 * first on every screen. A native <details>: keyboard and screen readers know it as it is.
 * Open or folded is remembered in this browser, for every section alike. With `linking`, the
 * criteria can be linked to the words selected in the text (criteria/criteria-links.tsx).
 */
export function SectionGuide({ section, linking }: { section: GuideSection; linking?: CriteriaLinking }) {
  const [open, setOpen] = useState(stored);
  return (
    <details
      className="nhsuk-details app-section-guide"
      open={open}
      onToggle={(event) => {
        const now = event.currentTarget.open;
        setOpen(now);
        try {
          localStorage.setItem(KEY, String(now));
        } catch {
          // not remembered, but applied
        }
      }}
    >
      <summary className="nhsuk-details__summary">
        <span className="nhsuk-details__summary-text">Guidance and what the judges look for</span>
      </summary>
      <div className="nhsuk-details__text">
        <div data-testid="section-guidance">
          <span className="nhsuk-u-visually-hidden">Guidance: </span>
          <p className="nhsuk-body">{section.guidance}</p>
        </div>
        <SectionCriteria section={section} linking={linking} />
      </div>
    </details>
  );
}
