interface SlotSection {
  guidance: string;
  criteria: { id: string; text: string }[];
}

/**
 * The region where the section's rich-text editor (Tiptap bound to the section's Yjs document)
 * goes once the live-editing API exists. Until then it holds what a writer needs to plan the
 * section: the template's guidance and the judging criteria to answer, as a checklist.
 */
export function SectionEditorSlot({ section }: { section: SlotSection }) {
  return (
    <div className="app-editor-slot" data-testid="editor-slot">
      <div className="nhsuk-inset-text app-editor-slot__guidance">
        <span className="nhsuk-u-visually-hidden">Guidance: </span>
        <p>{section.guidance}</p>
      </div>
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
