import { useCallback, useState } from 'react';

export type TextSize = 'normal' | 'large' | 'larger';

const SIZES: { value: TextSize; label: string }[] = [
  { value: 'normal', label: 'Normal' },
  { value: 'large', label: 'Large' },
  { value: 'larger', label: 'Larger' },
];
const KEY = 'quorum:review-text-size';
// Review mode is for reading at length: it starts large.
const DEFAULT: TextSize = 'large';

function stored(): TextSize {
  try {
    const value = localStorage.getItem(KEY);
    return SIZES.some((s) => s.value === value) ? (value as TextSize) : DEFAULT;
  } catch {
    return DEFAULT; // storage may be blocked: the default still works
  }
}

/** The reader's text size in review mode, remembered in this browser. */
export function useTextSize(): [TextSize, (size: TextSize) => void] {
  const [size, setSize] = useState<TextSize>(stored);
  const change = useCallback((next: TextSize) => {
    setSize(next);
    try {
      localStorage.setItem(KEY, next);
    } catch {
      // not remembered, but applied
    }
  }, []);
  return [size, change];
}

/** "Text size: Normal / Large / Larger", as small inline radios. */
export function TextSizeControl({ value, onChange }: { value: TextSize; onChange(size: TextSize): void }) {
  return (
    <div className="nhsuk-form-group app-text-size">
      <fieldset className="nhsuk-fieldset">
        <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">Text size</legend>
        <div className="nhsuk-radios nhsuk-radios--inline nhsuk-radios--small">
          {SIZES.map((size) => (
            <div className="nhsuk-radios__item" key={size.value}>
              <input
                className="nhsuk-radios__input"
                id={`text-size-${size.value}`}
                name="text-size"
                type="radio"
                value={size.value}
                checked={value === size.value}
                onChange={() => onChange(size.value)}
              />
              <label className="nhsuk-label nhsuk-radios__label" htmlFor={`text-size-${size.value}`}>
                {size.label}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
