import type { HTMLAttributes, ReactNode, Ref } from 'react';

interface WarningCalloutProps extends HTMLAttributes<HTMLDivElement> {
  /** The label's words, read after "Important: ". */
  heading: ReactNode;
  /** The label's heading level, as the page's outline needs. */
  level: 2 | 3 | 4;
  /** Given when the label is to take focus (a question that has just appeared): it then takes it from script only. */
  headingRef?: Ref<HTMLHeadingElement>;
}

/** NHS.UK's warning callout: the label, said as "Important: …" to a screen reader, then what it is about. */
export function WarningCallout({ heading, level, headingRef, className, children, ...rest }: WarningCalloutProps) {
  const Heading = `h${level}` as const;
  return (
    <div className={className ? `nhsuk-warning-callout ${className}` : 'nhsuk-warning-callout'} {...rest}>
      <Heading className="nhsuk-warning-callout__label" ref={headingRef} tabIndex={headingRef ? -1 : undefined}>
        <span role="text">
          <span className="nhsuk-u-visually-hidden">Important: </span>
          {heading}
        </span>
      </Heading>
      {children}
    </div>
  );
}
