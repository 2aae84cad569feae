import type { Ref, TextareaHTMLAttributes } from 'react';

type Props = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'onChange'> & {
  id: string;
  ref?: Ref<HTMLTextAreaElement>;
  label: string;
  hint?: string;
  error?: string;
  onValueChange: (value: string) => void;
};

/** A labelled multi-line input whose hint and error are read out with it (`{id}-hint`, `{id}-error`). */
export function TextAreaField({ id, label, hint, error, onValueChange, rows = 3, ...textarea }: Props) {
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
      <textarea
        {...textarea}
        id={id}
        rows={rows}
        className="field__input"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        onChange={(event) => onValueChange(event.target.value)}
      />
      {error && (
        <p id={errorId} className="field__error">
          {error}
        </p>
      )}
    </div>
  );
}
