interface CriteriaSection {
  criteria: { id: string; text: string }[];
}

/** The judging criteria the section must answer, as a checklist to hold the text against. */
export function SectionCriteria({ section }: { section: CriteriaSection }) {
  return (
    <div className="app-criteria" data-testid="section-criteria">
      <h3 className="nhsuk-heading-s" id="criteria-heading">
        What the judges look for
      </h3>
      <ul className="app-checklist" aria-labelledby="criteria-heading">
        {section.criteria.map((criterion) => (
          <li className="app-checklist__item" key={criterion.id}>
            {criterion.text}
          </li>
        ))}
      </ul>
    </div>
  );
}
