import type { ReactNode, TextareaHTMLAttributes } from 'react';
import { describedBy, ErrorMessage, Field, Hint } from '../forms/fields';

type TextareaProps = { id: string; label: ReactNode; hint?: ReactNode; error?: string } & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'>;

/** NHS textarea with label, hint and error message. */
export function Textarea({ id, label, hint, error, className = '', ...textarea }: TextareaProps) {
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      <textarea className={`nhsuk-textarea${error ? ' nhsuk-textarea--error' : ''} ${className}`.trim()} id={id} name={id} aria-describedby={describedBy({ id, hint, error })} {...textarea} />
    </Field>
  );
}

interface RadiosProps<T extends string> {
  /** The first radio's id, so that the error summary can link to it. */
  id: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string;
  options: { value: T; label: string; hint?: string }[];
  value: string;
  onChange(value: T): void;
  small?: boolean;
}

/** NHS radios in a fieldset; the error summary links to the first radio. */
export function Radios<T extends string>({ id, legend, hint, error, options, value, onChange, small }: RadiosProps<T>) {
  return (
    <div className={`nhsuk-form-group${error ? ' nhsuk-form-group--error' : ''}`}>
      <fieldset className="nhsuk-fieldset" aria-describedby={describedBy({ id, hint, error })}>
        <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">{legend}</legend>
        <Hint id={id} hint={hint} />
        <ErrorMessage id={id} error={error} />
        <div className={`nhsuk-radios${small ? ' nhsuk-radios--small' : ''}`}>
          {options.map((option, i) => {
            const optionId = i === 0 ? id : `${id}-${option.value}`;
            return (
              <div className="nhsuk-radios__item" key={option.value}>
                <input
                  className="nhsuk-radios__input"
                  id={optionId}
                  name={id}
                  type="radio"
                  value={option.value}
                  checked={value === option.value}
                  onChange={() => onChange(option.value)}
                  aria-describedby={option.hint ? `${optionId}-item-hint` : undefined}
                />
                <label className="nhsuk-label nhsuk-radios__label" htmlFor={optionId}>
                  {option.label}
                </label>
                {option.hint && (
                  <div className="nhsuk-hint nhsuk-radios__hint" id={`${optionId}-item-hint`}>
                    {option.hint}
                  </div>
                )}
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}

/** One NHS checkbox. */
export function Checkbox({ id, label, hint, checked, onChange }: { id: string; label: ReactNode; hint?: ReactNode; checked: boolean; onChange(checked: boolean): void }) {
  return (
    <div className="nhsuk-form-group">
      <div className="nhsuk-checkboxes">
        <div className="nhsuk-checkboxes__item">
          <input
            className="nhsuk-checkboxes__input"
            id={id}
            name={id}
            type="checkbox"
            checked={checked}
            onChange={(e) => onChange(e.target.checked)}
            aria-describedby={hint ? `${id}-item-hint` : undefined}
          />
          <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor={id}>
            {label}
          </label>
          {hint && (
            <div className="nhsuk-hint nhsuk-checkboxes__hint" id={`${id}-item-hint`}>
              {hint}
            </div>
          )}
        </div>
      </div>
    </div>
  );
}

/**
 * Whether an import replaces all of a metric's values or adds to them, replacing only the values
 * it gives again (`same`: what makes a value the same one). Both import forms ask it.
 */
export function ReplaceValuesCheckbox({ id, same, checked, onChange }: { id: string; same: string; checked: boolean; onChange(checked: boolean): void }) {
  return <Checkbox id={id} label="Replace all the metric's values" hint={`Otherwise the file adds to them, replacing only the same ${same}`} checked={checked} onChange={onChange} />;
}
