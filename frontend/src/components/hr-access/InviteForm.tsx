import { useState, type FormEvent } from 'react';
import { Button, ProblemAlert, TextField } from '../ui';
import { isApiProblem, type ApiProblem } from '../../lib/api-client';
import { useT } from '../../lib/i18n';
import { focusFirst, useFieldErrors } from '../../lib/use-field-errors';
import { createInvitation, type CreatedInvitation, type InvitationRequest } from './hr-access-api';
import { OneTimeLink } from './OneTimeLink';

type Field = keyof InvitationRequest;
const FIELDS: readonly Field[] = ['email', 'displayName'];
const IDS: Record<Field, string> = { email: 'invite-email', displayName: 'invite-name' };
const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function validate({ email, displayName }: InvitationRequest): Partial<Record<Field, string>> {
  const errors: Partial<Record<Field, string>> = {};
  const trimmed = email.trim();
  if (trimmed === '') errors.email = 'access.invite.email.required';
  else if (trimmed.length > 254 || !EMAIL_SHAPE.test(trimmed)) errors.email = 'access.invite.email.malformed';
  const name = displayName.trim();
  if (name === '') errors.displayName = 'access.invite.name.required';
  else if (name.length > 120) errors.displayName = 'access.invite.name.tooLong';
  return errors;
}

type Props = { basePath: string; onInvited: () => void };

export function InviteForm({ basePath, onInvited }: Props) {
  const t = useT();
  const [values, setValues] = useState<InvitationRequest>({ email: '', displayName: '' });
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [created, setCreated] = useState<CreatedInvitation | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const errors = useFieldErrors<Field>(t);

  function change(field: Field, value: string) {
    setValues((current) => ({ ...current, [field]: value }));
    errors.clear(field);
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submitting) return;
    setProblem(null);
    const clientErrors = validate(values);
    if (!errors.showClient(clientErrors)) {
      focusFirst(FIELDS, clientErrors, (field) => IDS[field]);
      return;
    }
    setSubmitting(true);
    try {
      const invitation = await createInvitation(basePath, {
        email: values.email.trim(),
        displayName: values.displayName.trim(),
      });
      setCreated(invitation);
      setValues({ email: '', displayName: '' });
      onInvited();
    } catch (error) {
      if (!isApiProblem(error)) throw error;
      const invalid = errors.showServer(error, FIELDS);
      setProblem(error);
      focusFirst(FIELDS, Object.fromEntries(invalid.map((field) => [field, true])), (field) => IDS[field]);
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <>
      {created && (
        <OneTimeLink
          url={`${window.location.origin}${created.acceptPath}`}
          email={created.email}
          expiresAt={created.expiresAt}
        />
      )}
      <form className="form" noValidate onSubmit={handleSubmit} data-testid="invite-form">
        {problem &&
          (problem.status === 409 ? (
            <ProblemAlert problem={problem} title={t('access.invite.conflict')} detail={problem.detail} />
          ) : (
            <ProblemAlert problem={problem} />
          ))}
        <TextField
          id={IDS.email}
          type="email"
          label={t('access.invite.email.label')}
          autoComplete="off"
          inputMode="email"
          spellCheck={false}
          autoCapitalize="none"
          maxLength={254}
          required
          value={values.email}
          error={errors.errorFor('email')}
          onValueChange={(value) => change('email', value)}
        />
        <TextField
          id={IDS.displayName}
          label={t('access.invite.name.label')}
          autoComplete="off"
          maxLength={120}
          required
          value={values.displayName}
          error={errors.errorFor('displayName')}
          onValueChange={(value) => change('displayName', value)}
        />
        <p className="muted note">{t('access.invite.note')}</p>
        <Button type="submit" data-testid="send-invitation" busy={submitting}>
          {submitting ? t('access.invite.submitting') : t('access.invite.submit')}
        </Button>
      </form>
    </>
  );
}
