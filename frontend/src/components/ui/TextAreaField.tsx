import type { Ref, TextareaHTMLAttributes } from 'react';
import { FieldFrame } from './FieldFrame';

type Props = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'onChange'> & {
  id: string;
  ref?: Ref<HTMLTextAreaElement>;
  label: string;
  hint?: string;
  error?: string;
  onValueChange: (value: string) => void;
};

export function TextAreaField({ id, label, hint, error, onValueChange, rows = 3, ...textarea }: Props) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      {(control) => (
        <textarea {...textarea} {...control} rows={rows} onChange={(event) => onValueChange(event.target.value)} />
      )}
    </FieldFrame>
  );
}
