import type { Ref } from 'react';

export type Choice = { value: string; label: string; description?: string; disabled?: boolean };

type Props = {
  id: string;
  ref?: Ref<HTMLFieldSetElement>;
  type: 'checkbox' | 'radio';
  legend: string;
  hint?: string;
  error?: string;
  choices: Choice[];
  selected: readonly string[];
  onSelectedChange: (selected: string[]) => void;
};

/**
 * Checkboxes or radio buttons under one legend; the hint and error (`{id}-hint`, `{id}-error`)
 * describe the group. Each input's id is `{id}-{value}`.
 */
export function ChoiceGroup({ id, ref, type, legend, hint, error, choices, selected, onSelectedChange }: Props) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;

  function toggle(value: string, checked: boolean) {
    if (type === 'radio') onSelectedChange([value]);
    else onSelectedChange(checked ? [...selected, value] : selected.filter((item) => item !== value));
  }

  return (
    <fieldset
      id={id}
      ref={ref}
      tabIndex={-1}
      className={error ? 'field choices field--invalid' : 'field choices'}
      aria-describedby={describedBy}
    >
      <legend className="field__label">{legend}</legend>
      {hint && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
      {choices.map((choice) => {
        const inputId = `${id}-${choice.value}`;
        const descriptionId = choice.description ? `${inputId}-description` : undefined;
        return (
          <div key={choice.value} className="choice">
            <input
              id={inputId}
              type={type}
              name={id}
              value={choice.value}
              checked={selected.includes(choice.value)}
              disabled={choice.disabled}
              aria-describedby={descriptionId}
              aria-invalid={error ? true : undefined}
              onChange={(event) => toggle(choice.value, event.target.checked)}
            />
            <label htmlFor={inputId}>
              {choice.label}
              {choice.description && (
                <span id={descriptionId} className="choice__description">
                  {choice.description}
                </span>
              )}
            </label>
          </div>
        );
      })}
      {error && (
        <p id={errorId} className="field__error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
