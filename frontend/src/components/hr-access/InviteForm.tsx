import { useState, type FormEvent, type ReactNode } from 'react';
import { Button, ProblemAlert, TextField } from '../ui';
import { isApiProblem, type ApiProblem } from '../../lib/api-client';
import { useT } from '../../lib/i18n';
import { focusFirst, useFieldErrors } from '../../lib/use-field-errors';
import type { CreatedInvitation, InvitationRequest } from './hr-access-api';
import { OneTimeLink } from './OneTimeLink';

type BaseField = keyof InvitationRequest;
const BASE_FIELDS: readonly BaseField[] = ['email', 'displayName'];
const EMAIL_MAX = 254;
const DISPLAY_NAME_MAX = 120;
const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Translation keys of what is wrong with the e-mail address and the name, by field. */
function validate({ email, displayName }: InvitationRequest): Partial<Record<BaseField, string>> {
  const errors: Partial<Record<BaseField, string>> = {};
  const trimmed = email.trim();
  if (trimmed === '') errors.email = 'access.invite.email.required';
  else if (trimmed.length > EMAIL_MAX || !EMAIL_SHAPE.test(trimmed)) errors.email = 'access.invite.email.malformed';
  const name = displayName.trim();
  if (name === '') errors.displayName = 'access.invite.name.required';
  else if (name.length > DISPLAY_NAME_MAX) errors.displayName = 'access.invite.name.tooLong';
  return errors;
}

/** What the extra fields (after the e-mail address and the name) get from the form. */
export type InviteExtraFieldsProps<Extra extends string> = {
  values: Record<Extra, string>;
  errorFor: (field: Extra) => string | undefined;
  change: (field: Extra, value: string) => void;
};

/** Fields an invitation needs beyond the e-mail address and the name (e.g. a provider's kind). */
export type InviteExtraFields<Extra extends string> = {
  /** Their element ids, in form order: the first invalid one gets the focus. */
  ids: Record<Extra, string>;
  initial: Record<Extra, string>;
  /** Translation keys of what is wrong, by field. */
  validate: (values: Record<Extra, string>) => Partial<Record<Extra, string>>;
  render: (form: InviteExtraFieldsProps<Extra>) => ReactNode;
};

type Props<Extra extends string> = {
  /** Sends the invitation (e-mail address and name trimmed); resolves with the one-time link to show. */
  submit: (request: InvitationRequest & Record<Extra, string>) => Promise<CreatedInvitation>;
  onInvited: () => void;
  /** Element ids of the e-mail and name fields. */
  ids?: Record<BaseField, string>;
  emailLabel?: string;
  nameLabel?: string;
  nameHint?: string;
  /** What a 409 (the e-mail address cannot be invited) says; the detail defaults to the server's. */
  conflict?: { title: string; detail?: string };
  testIds?: { form: string; submit: string };
  extra?: InviteExtraFields<Extra>;
};

const HR_IDS: Record<BaseField, string> = { email: 'invite-email', displayName: 'invite-name' };
const HR_TEST_IDS = { form: 'invite-form', submit: 'send-invitation' };

/**
 * Invites someone by e-mail address and name and shows the one-time link to send them. By default it
 * is the HR admin invitation; other invitations pass their ids, words, submit and extra fields.
 */
export function InviteForm<Extra extends string = never>({
  submit,
  onInvited,
  ids = HR_IDS,
  emailLabel,
  nameLabel,
  nameHint,
  conflict,
  testIds = HR_TEST_IDS,
  extra,
}: Props<Extra>) {
  type Field = BaseField | Extra;
  type Values = InvitationRequest & Record<Extra, string>;
  const t = useT();
  const empty = (): Values => ({ ...(extra?.initial ?? ({} as Record<Extra, string>)), email: '', displayName: '' });
  const [values, setValues] = useState<Values>(empty);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [created, setCreated] = useState<CreatedInvitation | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const errors = useFieldErrors<Field>(t);

  const fieldIds = { ...extra?.ids, ...ids } as Record<Field, string>;
  const fields: readonly Field[] = [...BASE_FIELDS, ...(Object.keys(extra?.ids ?? {}) as Extra[])];
  const idOf = (field: Field) => fieldIds[field];

  function change(field: Field, value: string) {
    setValues((current) => ({ ...current, [field]: value }));
    errors.clear(field);
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submitting) return;
    setProblem(null);
    const clientErrors = { ...validate(values), ...extra?.validate(values) } as Partial<Record<Field, string>>;
    if (!errors.showClient(clientErrors)) {
      focusFirst(fields, clientErrors, idOf);
      return;
    }
    setSubmitting(true);
    try {
      const invitation = await submit({ ...values, email: values.email.trim(), displayName: values.displayName.trim() });
      setCreated(invitation);
      setValues(empty());
      onInvited();
    } catch (error) {
      if (!isApiProblem(error)) throw error;
      const invalid = errors.showServer(error, fields);
      setProblem(error);
      focusFirst(fields, Object.fromEntries(invalid.map((field) => [field, true])) as Partial<Record<Field, true>>, idOf);
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
      <form className="form" noValidate onSubmit={handleSubmit} data-testid={testIds.form}>
        {problem &&
          (problem.status === 409 ? (
            <ProblemAlert
              problem={problem}
              title={conflict?.title ?? t('access.invite.conflict')}
              detail={conflict?.detail ?? problem.detail}
            />
          ) : (
            <ProblemAlert problem={problem} />
          ))}
        <TextField
          id={ids.email}
          type="email"
          name="email"
          label={emailLabel ?? t('access.invite.email.label')}
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
          id={ids.displayName}
          name="displayName"
          label={nameLabel ?? t('access.invite.name.label')}
          hint={nameHint}
          autoComplete="off"
          maxLength={DISPLAY_NAME_MAX}
          required
          value={values.displayName}
          error={errors.errorFor('displayName')}
          onValueChange={(value) => change('displayName', value)}
        />
        {extra?.render({ values, errorFor: errors.errorFor, change })}
        <p className="muted note">{t('access.invite.note')}</p>
        <Button type="submit" data-testid={testIds.submit} busy={submitting}>
          {submitting ? t('access.invite.submitting') : t('access.invite.submit')}
        </Button>
      </form>
    </>
  );
}
