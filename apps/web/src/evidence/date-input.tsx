import type { ReactNode } from 'react';

export type DatePart = 'day' | 'month' | 'year';
export type DateParts = Record<DatePart, string>;
export const EMPTY_DATE: DateParts = { day: '', month: '', year: '' };

/** A date's problem: the message, and the fields to mark (only those at fault, as the NHS pattern asks). */
export interface DateProblem {
  message: string;
  parts: DatePart[];
}

const PARTS: DatePart[] = ['day', 'month', 'year'];
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * Checks a day, month and year as the NHS date input pattern says: one message naming what is
 * missing or wrong, highlighting only the fields at fault. `what` starts each message, e.g.
 * "The date of consent". Returns the date as YYYY-MM-DD, or the problem.
 */
export function checkDate(parts: DateParts, what: string, { notAfter }: { notAfter?: string } = {}): { date: string } | { problem: DateProblem } {
  const value = { day: parts.day.trim(), month: parts.month.trim(), year: parts.year.trim() };
  const missing = PARTS.filter((p) => !value[p]);
  if (missing.length === 3) return { problem: { message: `Enter ${what.replace(/^The /, 'the ')}`, parts: ['day'] } };
  if (missing.length) {
    const named = missing.length === 1 ? `a ${missing[0]}` : `a ${missing[0]} and ${missing[1]}`;
    return { problem: { message: `${what} must include ${named}`, parts: missing } };
  }
  const notNumber = PARTS.filter((p) => !/^\d+$/.test(value[p]));
  if (notNumber.length) return { problem: { message: `${what} must be a real date, in numbers`, parts: notNumber } };
  const [day, month, year] = PARTS.map((p) => Number(value[p]));
  if (value.year.length !== 4) return { problem: { message: `Year must include 4 numbers`, parts: ['year'] } };
  if (month < 1 || month > 12) return { problem: { message: `${what} must be a real date`, parts: ['month'] } };
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > daysInMonth) return { problem: { message: `${what} must be a real date`, parts: ['day'] } };
  const date = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
  if (notAfter && date > notAfter) return { problem: { message: `${what} must be today or in the past`, parts: PARTS } };
  return { date };
}

/** The id of a part's input, e.g. "consent-1-date-day"; the error summary links to the first part at fault. */
export const datePartId = (id: string, part: DatePart) => `${id}-${part}`;

interface DateInputProps {
  id: string;
  legend: ReactNode;
  hint?: ReactNode;
  value: DateParts;
  onChange(value: DateParts): void;
  problem?: DateProblem;
}

/** The NHS date input: day, month and year boxes in a fieldset with one legend, hint and error message. */
export function DateInput({ id, legend, hint, value, onChange, problem }: DateInputProps) {
  const describedBy = [hint && `${id}-hint`, problem && `${id}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`nhsuk-form-group${problem ? ' nhsuk-form-group--error' : ''}`}>
      <fieldset className="nhsuk-fieldset" role="group" aria-describedby={describedBy}>
        <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">{legend}</legend>
        {hint && (
          <div className="nhsuk-hint" id={`${id}-hint`}>
            {hint}
          </div>
        )}
        {problem && (
          <span className="nhsuk-error-message" id={`${id}-error`}>
            <span className="nhsuk-u-visually-hidden">Error: </span>
            {problem.message}
          </span>
        )}
        <div className="nhsuk-date-input" id={id}>
          {PARTS.map((part) => {
            const partId = datePartId(id, part);
            const wrong = problem?.parts.includes(part);
            return (
              <div className="nhsuk-date-input__item" key={part}>
                <div className="nhsuk-form-group">
                  <label className="nhsuk-label nhsuk-date-input__label" htmlFor={partId}>
                    {part.charAt(0).toUpperCase() + part.slice(1)}
                  </label>
                  <input
                    className={`nhsuk-input nhsuk-date-input__input nhsuk-input--width-${part === 'year' ? 4 : 2}${wrong ? ' nhsuk-input--error' : ''}`}
                    id={partId}
                    name={partId}
                    type="text"
                    inputMode="numeric"
                    autoComplete="off"
                    value={value[part]}
                    onChange={(e) => onChange({ ...value, [part]: e.target.value })}
                  />
                </div>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
