import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { Button, ProblemAlert, TextField } from '../../../components/ui';
import { isApiProblem, type ApiProblem } from '../../../lib/api-client';
import { useT } from '../../../lib/i18n';
import { usePageTitle } from '../../../lib/page-title';
import { focusFirst, useFieldErrors } from '../../../lib/use-field-errors';
import { createEmployer, type EmployerRequest } from '../api/employers-api';
import { EMPLOYER_FIELD_IDS, EMPLOYER_FIELDS, validateEmployer, type EmployerField } from '../api/employer-validation';

const EMAIL_FIELDS = new Set<EmployerField>(['contactEmail', 'billingEmail']);

export function NewEmployerPage() {
  const t = useT();
  const navigate = useNavigate();
  usePageTitle(t('platform.employerForm.heading'));
  const [values, setValues] = useState<EmployerRequest>({
    legalName: '',
    displayName: '',
    contactName: '',
    contactEmail: '',
    billingEmail: '',
  });
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const errors = useFieldErrors<EmployerField>(t);

  function change(field: EmployerField, value: string) {
    setValues((current) => ({ ...current, [field]: value }));
    errors.clear(field);
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submitting) return;
    setProblem(null);
    const clientErrors = validateEmployer(values);
    if (!errors.showClient(clientErrors)) {
      focusFirst(EMPLOYER_FIELDS, clientErrors, (field) => EMPLOYER_FIELD_IDS[field]);
      return;
    }
    setSubmitting(true);
    try {
      const trimmed = Object.fromEntries(EMPLOYER_FIELDS.map((f) => [f, values[f].trim()])) as EmployerRequest;
      const employer = await createEmployer(trimmed);
      navigate(`/admin/employers/${encodeURIComponent(employer.id)}`);
    } catch (error) {
      setSubmitting(false);
      if (!isApiProblem(error)) throw error;
      const invalid = errors.showServer(error, EMPLOYER_FIELDS);
      setProblem(error);
      focusFirst(EMPLOYER_FIELDS, Object.fromEntries(invalid.map((f) => [f, true])), (f) => EMPLOYER_FIELD_IDS[f]);
    }
  }

  return (
    <div className="narrow">
      <p className="breadcrumb">
        <Link to="/admin">{t('platform.backToHome')}</Link>
      </p>
      <h1>{t('platform.employerForm.heading')}</h1>
      <p className="lead">{t('platform.employerForm.intro')}</p>
      <form className="form" noValidate onSubmit={handleSubmit} data-testid="employer-form">
        {problem && <ProblemAlert problem={problem} />}
        {EMPLOYER_FIELDS.map((field) => (
          <TextField
            key={field}
            id={EMPLOYER_FIELD_IDS[field]}
            type={EMAIL_FIELDS.has(field) ? 'email' : 'text'}
            label={t(`platform.employerForm.${field}.label`)}
            autoComplete="off"
            spellCheck={EMAIL_FIELDS.has(field) ? false : undefined}
            required
            value={values[field]}
            error={errors.errorFor(field)}
            onValueChange={(value) => change(field, value)}
          />
        ))}
        <Button type="submit" data-testid="save-employer" busy={submitting}>
          {submitting ? t('platform.employerForm.saving') : t('platform.employerForm.submit')}
        </Button>
      </form>
    </div>
  );
}
