import type { Ref, SelectHTMLAttributes } from 'react';

export type SelectOption = { value: string; label: string };

type Props = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'onChange'> & {
  id: string;
  ref?: Ref<HTMLSelectElement>;
  label: string;
  hint?: string;
  error?: string;
  options: readonly SelectOption[];
  /** A first, empty choice ("Choose…") for a select that has no answer yet. */
  placeholder?: string;
  onValueChange: (value: string) => void;
};

/** A labelled select whose hint and error are read out with it (`{id}-hint`, `{id}-error`). */
export function SelectField({ id, label, hint, error, options, placeholder, onValueChange, ...select }: Props) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;

  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      {hint && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
      <select
        {...select}
        id={id}
        className="field__input"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        onChange={(event) => onValueChange(event.target.value)}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {error && (
        <p id={errorId} className="field__error">
          {error}
        </p>
      )}
    </div>
  );
}
