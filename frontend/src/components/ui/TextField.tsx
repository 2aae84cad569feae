import type { InputHTMLAttributes, Ref } from 'react';
import { FieldFrame } from './FieldFrame';

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'onChange'> & {
  id: string;
  ref?: Ref<HTMLInputElement>;
  label: string;
  hint?: string;
  error?: string;
  onValueChange: (value: string) => void;
};

export function TextField({ id, label, hint, error, onValueChange, ...input }: Props) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      {(control) => <input {...input} {...control} onChange={(event) => onValueChange(event.target.value)} />}
    </FieldFrame>
  );
}
