import { useRef, useState, type FormEvent } from 'react';
import { Alert, Button, TextField } from '../../../components/ui';
import { isApiProblem, type ApiProblem } from '../../../lib/api-client';
import { useT } from '../../../lib/i18n';
import { signIn } from '../api/session-api';
import { validateSignIn, type SignInErrors } from '../api/sign-in-validation';
import type { Me, SignInRequest } from '../api/types';
import { signInProblemText } from './problem-text';

type Field = keyof SignInRequest;
type Props = { onSignedIn: (user: Me) => void };

export function SignInForm({ onSignedIn }: Props) {
  const t = useT();
  const [values, setValues] = useState<SignInRequest>({ email: '', password: '' });
  // Client errors are kept as keys so they follow a language switch; server ones arrive as text.
  const [clientErrors, setClientErrors] = useState<SignInErrors>({});
  const [serverErrors, setServerErrors] = useState<Partial<Record<Field, string>>>({});
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const inputs = { email: useRef<HTMLInputElement>(null), password: useRef<HTMLInputElement>(null) };

  const errorFor = (field: Field) => {
    const key = clientErrors[field];
    return key ? t(key) : serverErrors[field];
  };

  function change(field: Field, value: string) {
    setValues((current) => ({ ...current, [field]: value }));
    setClientErrors((current) => ({ ...current, [field]: undefined }));
    setServerErrors((current) => ({ ...current, [field]: undefined }));
  }

  function focusFirstInvalid(fields: Partial<Record<Field, unknown>>) {
    const first = (['email', 'password'] as const).find((field) => fields[field]);
    if (first) inputs[first].current?.focus();
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submitting) return;
    setProblem(null);
    setServerErrors({});
    const errors = validateSignIn(values);
    setClientErrors(errors);
    if (Object.keys(errors).length > 0) {
      focusFirstInvalid(errors);
      return;
    }
    setSubmitting(true);
    try {
      const user = await signIn({ email: values.email.trim(), password: values.password });
      onSignedIn(user);
    } catch (error) {
      setSubmitting(false);
      if (!isApiProblem(error)) throw error;
      const fromServer = {
        email: error.messageFor('email'),
        password: error.messageFor('password'),
      };
      setServerErrors(fromServer);
      setProblem(error);
      focusFirstInvalid(fromServer);
    }
  }

  const problemText = problem ? signInProblemText(problem, t) : null;

  return (
    <form className="form" noValidate onSubmit={handleSubmit}>
      {problemText && problem && (
        <Alert testId="form-problem" title={problemText.title} problemType={problem.type}>
          {problemText.detail && <p>{problemText.detail}</p>}
        </Alert>
      )}
      <TextField
        ref={inputs.email}
        id="email"
        type="email"
        name="email"
        label={t('auth.email.label')}
        autoComplete="username"
        inputMode="email"
        spellCheck={false}
        autoCapitalize="none"
        maxLength={254}
        required
        value={values.email}
        error={errorFor('email')}
        onValueChange={(value) => change('email', value)}
      />
      <TextField
        ref={inputs.password}
        id="password"
        type="password"
        name="password"
        label={t('auth.password.label')}
        autoComplete="current-password"
        maxLength={200}
        required
        value={values.password}
        error={errorFor('password')}
        onValueChange={(value) => change('password', value)}
      />
      <Button type="submit" data-testid="sign-in-submit" busy={submitting}>
        {submitting ? t('auth.signIn.submitting') : t('auth.signIn.submit')}
      </Button>
    </form>
  );
}
