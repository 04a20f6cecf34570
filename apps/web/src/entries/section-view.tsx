import { useRef } from 'react';
import { useFocusOnArrival } from '../layout/page-heading';
import { SectionEditorSlot } from './section-editor-slot';

interface ViewSection {
  id: string;
  position: number;
  title: string;
  guidance: string;
  wordLimit: number;
  criteria: { id: string; text: string }[];
}

export function SectionView({ section, count }: { section: ViewSection; count: number }) {
  const heading = useRef<HTMLHeadingElement>(null);
  // Choosing another section is a move to new content: start there.
  useFocusOnArrival(heading, section.id);
  return (
    <section className="app-section" aria-labelledby="section-heading">
      <h2 className="nhsuk-heading-m" id="section-heading" ref={heading} tabIndex={-1}>
        <span className="nhsuk-caption-m">
          Section {section.position + 1} of {count}
          <span className="nhsuk-u-visually-hidden"> – </span>
        </span>
        {section.title}
      </h2>
      <p className="nhsuk-body">
        Word limit: <strong>{section.wordLimit} words</strong>
      </p>
      <SectionEditorSlot section={section} />
    </section>
  );
}
