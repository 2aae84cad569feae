import { useState, type FormEvent } from 'react';
import { OneTimeLink } from '../../../components/hr-access';
import { Button, ProblemAlert, SelectField, TextField } from '../../../components/ui';
import { isApiProblem, type ApiProblem } from '../../../lib/api-client';
import { useT } from '../../../lib/i18n';
import { focusFirst, useFieldErrors } from '../../../lib/use-field-errors';
import {
  DISPLAY_NAME_MAX,
  EMAIL_MAX,
  PROVIDER_INVITE_FIELD_IDS as IDS,
  PROVIDER_INVITE_FIELDS as FIELDS,
  validateProviderInvite,
  type ProviderInviteField,
  type ProviderInviteValues,
} from '../api/provider-invitation-validation';
import {
  inviteProvider,
  PROVIDER_KINDS,
  type CreatedProviderInvitation,
  type ProviderKind,
} from '../api/provider-invitations-api';

const EMPTY: ProviderInviteValues = { email: '', displayName: '', kind: '' };

export function ProviderInviteForm({ onInvited }: { onInvited: () => void }) {
  const t = useT();
  const [values, setValues] = useState<ProviderInviteValues>(EMPTY);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [created, setCreated] = useState<CreatedProviderInvitation | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const errors = useFieldErrors<ProviderInviteField>(t);

  function change<F extends ProviderInviteField>(field: F, value: ProviderInviteValues[F]) {
    setValues((current) => ({ ...current, [field]: value }));
    errors.clear(field);
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submitting) return;
    setProblem(null);
    const clientErrors = validateProviderInvite(values);
    if (!errors.showClient(clientErrors)) {
      focusFirst(FIELDS, clientErrors, (field) => IDS[field]);
      return;
    }
    setSubmitting(true);
    try {
      const invitation = await inviteProvider({
        email: values.email.trim(),
        displayName: values.displayName.trim(),
        kind: values.kind as ProviderKind,
      });
      setCreated(invitation);
      setValues(EMPTY);
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

  const conflict = problem?.status === 409;
  return (
    <>
      {created && (
        <OneTimeLink
          url={`${window.location.origin}${created.acceptPath}`}
          email={created.email}
          expiresAt={created.expiresAt}
        />
      )}
      <form className="form" noValidate onSubmit={handleSubmit} data-testid="provider-invite-form">
        {problem && (
          <ProblemAlert
            problem={problem}
            title={conflict ? t('platform.providerInvite.conflict.title') : undefined}
            detail={conflict ? t('platform.providerInvite.conflict.detail') : undefined}
          />
        )}
        <TextField
          id={IDS.email}
          type="email"
          name="email"
          label={t('platform.providerInvite.email.label')}
          autoComplete="off"
          inputMode="email"
          spellCheck={false}
          autoCapitalize="none"
          maxLength={EMAIL_MAX}
          required
          value={values.email}
          error={errors.errorFor('email')}
          onValueChange={(value) => change('email', value)}
        />
        <TextField
          id={IDS.displayName}
          name="displayName"
          label={t('platform.providerInvite.name.label')}
          hint={t('platform.providerInvite.name.hint')}
          autoComplete="off"
          maxLength={DISPLAY_NAME_MAX}
          required
          value={values.displayName}
          error={errors.errorFor('displayName')}
          onValueChange={(value) => change('displayName', value)}
        />
        <SelectField
          id={IDS.kind}
          name="kind"
          label={t('platform.providerInvite.kind.label')}
          placeholder={t('platform.providerInvite.kind.choose')}
          options={PROVIDER_KINDS.map((kind) => ({ value: kind, label: t(`platform.providerKind.${kind}`) }))}
          required
          value={values.kind}
          error={errors.errorFor('kind')}
          onValueChange={(value) => change('kind', value as ProviderKind | '')}
        />
        <p className="muted note">{t('platform.providerInvite.note')}</p>
        <Button type="submit" data-testid="send-provider-invitation" busy={submitting}>
          {submitting ? t('platform.providerInvite.submitting') : t('platform.providerInvite.submit')}
        </Button>
      </form>
    </>
  );
}
