import { forwardRef } from 'react';

/**
 * "Section 2 of 5 – Impact on patient safety": the h2 that focus moves to when a section is
 * chosen; its title (#section-title) names the section's text. Where several sections share a
 * page (the whole entry), `idPrefix` keeps their ids apart.
 */
export const SectionHeading = forwardRef<HTMLHeadingElement, { position: number; count: number; title: string; size: 'm' | 'l'; idPrefix?: string }>(function SectionHeading(
  { position, count, title, size, idPrefix = '' },
  ref,
) {
  return (
    <h2 className={`nhsuk-heading-${size}`} id={`${idPrefix}section-heading`} ref={ref} tabIndex={-1}>
      <span className="nhsuk-caption-m">
        Section {position + 1} of {count}
        <span className="nhsuk-u-visually-hidden"> – </span>
      </span>
      <span id={`${idPrefix}section-title`}>{title}</span>
    </h2>
  );
});
