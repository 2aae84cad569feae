import type { Ref } from 'react';
import { SelectField } from '../ui';
import { useT } from '../../lib/i18n';
import { LOCATIONS } from './locations';

type Props = {
  id: string;
  ref?: Ref<HTMLSelectElement>;
  value: string;
  error?: string;
  hint?: string;
  onValueChange: (value: string) => void;
};

/** "Where will you be for your sessions?": the four telehealth states, or somewhere else. */
export function LocationSelect({ id, ref, value, error, hint, onValueChange }: Props) {
  const t = useT();
  return (
    <SelectField
      id={id}
      ref={ref}
      name="state"
      label={t('location.label')}
      hint={hint}
      placeholder={t('location.choose')}
      options={LOCATIONS.map((code) => ({ value: code, label: t(`location.${code}`) }))}
      value={value}
      error={error}
      required
      onValueChange={onValueChange}
    />
  );
}
