import type { Ref, SelectHTMLAttributes } from 'react';
import { FieldFrame } from './FieldFrame';

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

export function SelectField({ id, label, hint, error, options, placeholder, onValueChange, ...select }: Props) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      {(control) => (
        <select {...select} {...control} onChange={(event) => onValueChange(event.target.value)}>
          {placeholder !== undefined && <option value="">{placeholder}</option>}
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}
