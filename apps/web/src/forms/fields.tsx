import { useState, type ChangeEvent, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes } from 'react';
import { errorFor, type FormError } from './error-summary';

interface FieldProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  /** Visually hidden label, for controls whose purpose the row around them already shows. */
  labelHidden?: boolean;
}

/** What ties a control to its piece of state and to its message in the form's `errors`: `<TextInput {...bound('email', email, setEmail, errors)} label=… />`. */
export const bound = (id: string, value: string, setValue: (value: string) => void, errors: FormError[]) => ({
  id,
  value,
  onChange: (e: ChangeEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>) => setValue(e.target.value),
  error: errorFor(errors, id),
});

/** A control's hint, as `${id}-hint` for its aria-describedby. */
export function Hint({ id, hint }: Pick<FieldProps, 'id' | 'hint'>) {
  if (!hint) return null;
  return (
    <div className="nhsuk-hint" id={`${id}-hint`}>
      {hint}
    </div>
  );
}

/** A control's error message, as `${id}-error`, with the hidden "Error:" that screen readers announce first. */
export function ErrorMessage({ id, error }: { id: string; error?: string | null }) {
  if (!error) return null;
  return (
    <span className="nhsuk-error-message" id={`${id}-error`}>
      <span className="nhsuk-u-visually-hidden">Error: </span>
      {error}
    </span>
  );
}

/** Form group, label, hint and error message around a control, in NHS order. */
export function Field({ id, label, hint, error, labelHidden, children }: FieldProps & { children: ReactNode }) {
  return (
    <div className={`nhsuk-form-group${error ? ' nhsuk-form-group--error' : ''}`}>
      <label className={`nhsuk-label${labelHidden ? ' nhsuk-u-visually-hidden' : ''}`} htmlFor={id}>
        {label}
      </label>
      <Hint id={id} hint={hint} />
      <ErrorMessage id={id} error={error} />
      {children}
    </div>
  );
}

/** The hint and error message a control is described by, when it has them. */
export const describedBy = ({ id, hint, error }: Pick<FieldProps, 'id' | 'hint' | 'error'>) => [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;

type InputProps = FieldProps & Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> & { width?: 10 | 20 | 30 };

export function TextInput({ id, label, hint, error, labelHidden, width, className = '', ...input }: InputProps) {
  const classes = ['nhsuk-input', error && 'nhsuk-input--error', width && `nhsuk-input--width-${width}`, className].filter(Boolean).join(' ');
  return (
    <Field id={id} label={label} hint={hint} error={error} labelHidden={labelHidden}>
      <input className={classes} id={id} name={id} aria-describedby={describedBy({ id, hint, error })} {...input} />
    </Field>
  );
}

/** An email address: the browser's email keyboard and autofill, no spelling correction; labelled "Email address" unless a form says otherwise. */
export function EmailInput({ label = 'Email address', autoComplete = 'email', ...input }: Omit<InputProps, 'type' | 'spellCheck' | 'label'> & { label?: ReactNode }) {
  return <TextInput label={label} type="email" autoComplete={autoComplete} spellCheck={false} {...input} />;
}

/** NHS password input: a "Show" button lets people check what they typed. */
export function PasswordInput({ id, label, hint, error, ...input }: Omit<InputProps, 'type' | 'width'>) {
  const [shown, setShown] = useState(false);
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      <div className="nhsuk-input-wrapper">
        <input
          className={`nhsuk-input nhsuk-password-input__input${error ? ' nhsuk-input--error' : ''}`}
          id={id}
          name={id}
          type={shown ? 'text' : 'password'}
          spellCheck={false}
          autoCapitalize="none"
          aria-describedby={describedBy({ id, hint, error })}
          {...input}
        />
        <button
          className="nhsuk-button nhsuk-button--secondary nhsuk-button--small nhsuk-password-input__toggle"
          type="button"
          aria-controls={id}
          aria-label={shown ? 'Hide password' : 'Show password'}
          onClick={() => setShown(!shown)}
        >
          {shown ? 'Hide' : 'Show'}
        </button>
      </div>
    </Field>
  );
}

// As the server's (NIST SP 800-63B-4 for a password that is the only factor); the server also
// refuses common passwords, and its message is shown at the field.
export const PASSWORD_MIN = 15;

/** A password being chosen (signing up, a reset): its least length, then `advice`, as the hint; the browser may offer to make one. */
export function NewPasswordInput({ advice, ...input }: Omit<InputProps, 'type' | 'width' | 'hint' | 'autoComplete'> & { advice: string }) {
  return <PasswordInput hint={`At least ${PASSWORD_MIN} characters. ${advice}`} autoComplete="new-password" {...input} />;
}

/** The message, at `field`, for a new password shorter than that. */
export const passwordTooShort = (field: string, password: string): FormError[] =>
  password.length < PASSWORD_MIN ? [{ field, message: `Enter a password of at least ${PASSWORD_MIN} characters` }] : [];

type SelectProps = FieldProps & Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'> & { options: { value: string; label: string }[] };

export function SelectInput({ id, label, hint, error, labelHidden, options, ...select }: SelectProps) {
  return (
    <Field id={id} label={label} hint={hint} error={error} labelHidden={labelHidden}>
      <select className={`nhsuk-select${error ? ' nhsuk-select--error' : ''}`} id={id} name={id} aria-describedby={describedBy({ id, hint, error })} {...select}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </Field>
  );
}
