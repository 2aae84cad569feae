import { useState, type FormEvent } from 'react';
import { Button, ProblemAlert, SelectField, TextField } from '../../../components/ui';
import { isApiProblem, type ApiProblem } from '../../../lib/api-client';
import { useT } from '../../../lib/i18n';
import { focusFirst, useFieldErrors } from '../../../lib/use-field-errors';
import { addLicence, LICENCE_STATES, type Licence, type LicenceRequest } from '../api/practice-api';
import { LICENCE_FIELD_IDS, LICENCE_FIELDS, validateLicence, type LicenceField } from '../api/practice-validation';

const EMPTY: LicenceRequest = { state: '', licenceType: '', number: '', issuedOn: '', expiresOn: '' };

export function AddLicenceForm({ onAdded }: { onAdded: (licence: Licence) => void }) {
  const t = useT();
  const [values, setValues] = useState<LicenceRequest>(EMPTY);
  const [submitting, setSubmitting] = useState(false);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [added, setAdded] = useState<Licence | null>(null);
  const errors = useFieldErrors<LicenceField>(t);

  function change(field: LicenceField, value: string) {
    setValues((current) => ({ ...current, [field]: value }));
    errors.clear(field);
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submitting) return;
    setProblem(null);
    setAdded(null);
    const clientErrors = validateLicence(values);
    if (!errors.showClient(clientErrors)) {
      focusFirst(LICENCE_FIELDS, clientErrors, (field) => LICENCE_FIELD_IDS[field]);
      return;
    }
    setSubmitting(true);
    try {
      const licence = await addLicence({
        ...values,
        licenceType: values.licenceType.trim(),
        number: values.number.trim(),
      });
      setValues(EMPTY);
      setAdded(licence);
      onAdded(licence);
    } catch (error) {
      if (!isApiProblem(error)) throw error;
      const invalid = errors.showServer(error, LICENCE_FIELDS);
      setProblem(error);
      focusFirst(LICENCE_FIELDS, Object.fromEntries(invalid.map((f) => [f, true])), (f) => LICENCE_FIELD_IDS[f]);
    } finally {
      setSubmitting(false);
    }
  }

  const conflict = problem?.slug === 'conflict';
  return (
    <form className="form" noValidate onSubmit={handleSubmit} data-testid="add-licence-form" aria-labelledby="add-licence-heading">
      <h3 id="add-licence-heading">{t('provider.addLicence.heading')}</h3>
      <p className="note" data-testid="licence-verification-note">
        {t('provider.addLicence.note')}
      </p>
      {added && (
        <p role="status" className="note" data-testid="licence-added">
          {t('provider.addLicence.added', { number: added.number })}
        </p>
      )}
      {problem && (
        <ProblemAlert
          problem={problem}
          title={conflict ? t('provider.addLicence.conflict.title') : undefined}
          detail={conflict ? t('provider.addLicence.conflict.detail') : undefined}
        />
      )}
      <div className="field-row">
        <SelectField
          id={LICENCE_FIELD_IDS.state}
          label={t('provider.addLicence.state.label')}
          placeholder={t('provider.addLicence.state.choose')}
          options={LICENCE_STATES.map((state) => ({ value: state, label: t(`provider.state.${state}`) }))}
          required
          value={values.state}
          error={errors.errorFor('state')}
          onValueChange={(value) => change('state', value)}
        />
        <TextField
          id={LICENCE_FIELD_IDS.licenceType}
          label={t('provider.addLicence.licenceType.label')}
          hint={t('provider.addLicence.licenceType.hint')}
          autoComplete="off"
          maxLength={60}
          required
          value={values.licenceType}
          error={errors.errorFor('licenceType')}
          onValueChange={(value) => change('licenceType', value)}
        />
        <TextField
          id={LICENCE_FIELD_IDS.number}
          label={t('provider.addLicence.number.label')}
          autoComplete="off"
          spellCheck={false}
          maxLength={60}
          required
          value={values.number}
          error={errors.errorFor('number')}
          onValueChange={(value) => change('number', value)}
        />
      </div>
      <div className="field-row">
        <TextField
          id={LICENCE_FIELD_IDS.issuedOn}
          type="date"
          label={t('provider.addLicence.issuedOn.label')}
          required
          value={values.issuedOn}
          error={errors.errorFor('issuedOn')}
          onValueChange={(value) => change('issuedOn', value)}
        />
        <TextField
          id={LICENCE_FIELD_IDS.expiresOn}
          type="date"
          label={t('provider.addLicence.expiresOn.label')}
          required
          min={values.issuedOn || undefined}
          value={values.expiresOn}
          error={errors.errorFor('expiresOn')}
          onValueChange={(value) => change('expiresOn', value)}
        />
      </div>
      <Button type="submit" data-testid="add-licence" busy={submitting}>
        {submitting ? t('provider.addLicence.adding') : t('provider.addLicence.submit')}
      </Button>
    </form>
  );
}
