import { useState, type FormEvent, type ReactNode } from 'react';
import { Link, useParams } from 'react-router-dom';
import { Button, ProblemAlert, QueryStatus, TextField } from '../../../components/ui';
import { isApiProblem, type ApiProblem } from '../../../lib/api-client';
import { formatDateTime, useLocale, useT } from '../../../lib/i18n';
import { usePageTitle } from '../../../lib/page-title';
import { useApiQuery } from '../../../lib/use-api-query';
import { focusFirst, useFieldErrors } from '../../../lib/use-field-errors';
import { validatePasswords, type InvitationBase } from '../api/invitation-api';

/** What differs between kinds of invitation: where they are read and accepted, and the welcome. */
export type InvitationVariant<Preview extends InvitationBase> = {
  /** Keeps one kind's loaded invitation apart from another's with the same token. */
  name: string;
  load: (token: string, signal: AbortSignal) => Promise<Preview>;
  accept: (token: string, password: string) => Promise<{ email: string }>;
  /** The heading (data-testid="invitation-heading") and what the invitation is for. */
  welcome: (invitation: Preview) => ReactNode;
  /** What to do after signing in, when there is more than signing in. */
  nextStep?: string;
};

type Field = 'password' | 'confirm';
const FIELDS: readonly Field[] = ['password', 'confirm'];
const IDS: Record<Field, string> = { password: 'invitation-password', confirm: 'invitation-password-confirm' };

const isInvalidLink = (problem: ApiProblem) => problem.status === 404 || problem.slug === 'invitation-invalid';

/** Accepting an invitation anonymously: read it by its token, choose a password, then sign in. */
export function InvitationFlow<Preview extends InvitationBase>({ variant }: { variant: InvitationVariant<Preview> }) {
  const t = useT();
  const { token = '' } = useParams();
  const invitation = useApiQuery(`${variant.name}-invitation-${token}`, (signal) => variant.load(token, signal));
  const [invalid, setInvalid] = useState(false);
  const [acceptedEmail, setAcceptedEmail] = useState<string | null>(null);
  usePageTitle(t('invitations.pageTitle'));

  let content;
  if (invalid || (invitation.status === 'error' && isInvalidLink(invitation.problem))) {
    content = <InvalidLink />;
  } else if (invitation.status !== 'success') {
    content = (
      <>
        <h1>{t('invitations.pageTitle')}</h1>
        <QueryStatus state={invitation} />
      </>
    );
  } else if (acceptedEmail) {
    content = (
      <>
        <h1 data-testid="invitation-accepted">{t('invitations.done.heading')}</h1>
        <p className="lead">{t('invitations.done.text', { email: acceptedEmail })}</p>
        {variant.nextStep && <p data-testid="invitation-next-step">{variant.nextStep}</p>}
        <p>
          <Link to="/sign-in" className="button button--primary" data-testid="go-sign-in">
            {t('invitations.done.signIn')}
          </Link>
        </p>
      </>
    );
  } else {
    content = (
      <>
        {variant.welcome(invitation.data)}
        <AcceptForm
          token={token}
          invitation={invitation.data}
          accept={variant.accept}
          onAccepted={setAcceptedEmail}
          onInvalid={() => setInvalid(true)}
        />
      </>
    );
  }
  return <div className="narrow">{content}</div>;
}

function InvalidLink() {
  const t = useT();
  return (
    <>
      <h1 data-testid="invitation-invalid">{t('invitations.invalid.heading')}</h1>
      <p className="lead">{t('invitations.invalid.text')}</p>
      <p>{t('invitations.invalid.ask')}</p>
    </>
  );
}

type FormProps = {
  token: string;
  invitation: InvitationBase;
  accept: (token: string, password: string) => Promise<{ email: string }>;
  onAccepted: (email: string) => void;
  onInvalid: () => void;
};

function AcceptForm({ token, invitation, accept, onAccepted, onInvalid }: FormProps) {
  const t = useT();
  const { locale } = useLocale();
  const [values, setValues] = useState<Record<Field, string>>({ password: '', confirm: '' });
  const [problem, setProblem] = useState<ApiProblem | null>(null);
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
    const clientErrors = validatePasswords(values.password, values.confirm);
    if (!errors.showClient(clientErrors)) {
      focusFirst(FIELDS, clientErrors, (field) => IDS[field]);
      return;
    }
    setSubmitting(true);
    try {
      const { email } = await accept(token, values.password);
      onAccepted(email);
    } catch (error) {
      setSubmitting(false);
      if (!isApiProblem(error)) throw error;
      if (isInvalidLink(error)) {
        onInvalid();
        return;
      }
      const invalid = errors.showServer(error, ['password']);
      setProblem(error);
      focusFirst(FIELDS, Object.fromEntries(invalid.map((f) => [f, true])), (f) => IDS[f]);
    }
  }

  return (
    <form className="form" noValidate onSubmit={handleSubmit} data-testid="invitation-form">
      {problem && <ProblemAlert problem={problem} />}
      <div className="field">
        <span className="field__label">{t('invitations.email')}</span>
        <span data-testid="invitation-email">{invitation.email}</span>
      </div>
      {/* Lets password managers store the new password under the right account. */}
      <input type="hidden" name="username" autoComplete="username" value={invitation.email} />
      <TextField
        id={IDS.password}
        type="password"
        label={t('invitations.password.label')}
        hint={t('invitations.password.hint')}
        autoComplete="new-password"
        maxLength={200}
        required
        value={values.password}
        error={errors.errorFor('password')}
        onValueChange={(value) => change('password', value)}
      />
      <TextField
        id={IDS.confirm}
        type="password"
        label={t('invitations.confirm.label')}
        autoComplete="new-password"
        maxLength={200}
        required
        value={values.confirm}
        error={errors.errorFor('confirm')}
        onValueChange={(value) => change('confirm', value)}
      />
      <p className="muted note">
        {t('invitations.expires', { expiresAt: formatDateTime(invitation.expiresAt, locale) })}
      </p>
      <Button type="submit" data-testid="accept-invitation" busy={submitting}>
        {submitting ? t('invitations.submitting') : t('invitations.submit')}
      </Button>
    </form>
  );
}
