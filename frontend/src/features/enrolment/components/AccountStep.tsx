import { useEffect, useRef, useState, type FormEvent, type RefObject } from 'react';
import { Link } from 'react-router-dom';
import { Alert, Button, TextAreaField, TextField } from '../../../components/ui';
import { LocationSelect, type Location } from '../../../components/location';
import { isApiProblem, type ApiProblem } from '../../../lib/api-client';
import { formatList, useLocale, useT } from '../../../lib/i18n';
import { focusFirst, useFieldErrors } from '../../../lib/use-field-errors';
import { enrol, fetchPseudonymSuggestions, type Credentials } from '../api/enrolment-api';
import {
  ACCOUNT_FIELDS,
  FIELD_IDS,
  optional,
  today,
  validateAccount,
  type AccountDraft,
  type AccountField,
} from '../api/enrolment-validation';
import type { Eligible } from './EnrolmentPage';
import { EnrolmentProblem } from './EnrolmentProblem';

type Props = {
  headingRef: RefObject<HTMLHeadingElement | null>;
  eligible: Eligible;
  signIn: (credentials: Credentials) => Promise<unknown>;
  onSignedIn: () => void;
  onBack: () => void;
};

const invalidOf = (fields: readonly AccountField[]) => Object.fromEntries(fields.map((field) => [field, true]));

export function AccountStep({ headingRef, eligible, signIn, onSignedIn, onBack }: Props) {
  const t = useT();
  const { locale } = useLocale();
  const { request: eligibility, result } = eligible;
  const [draft, setDraft] = useState<AccountDraft>({
    pseudonym: '',
    email: '',
    password: '',
    confirm: '',
    legalName: '',
    // The date of birth given for the eligibility check is very likely the same one.
    birthDate: eligibility.dateOfBirth ?? '',
    phone: '',
    address: '',
    state: '',
  });
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [signInFailed, setSignInFailed] = useState(false);
  const errors = useFieldErrors<AccountField>(t);
  const suggestions = usePseudonymSuggestions((name) => {
    setDraft((current) => ({ ...current, pseudonym: name }));
    errors.clear('pseudonym');
  });

  function change(field: AccountField, value: string) {
    setDraft((current) => ({ ...current, [field]: value }));
    errors.clear(field);
    if (field === 'pseudonym') suggestions.touched();
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submitting || signInFailed) return;
    setProblem(null);
    const clientErrors = validateAccount(draft, eligibility.workIdentifier);
    if (!errors.showClient(clientErrors)) {
      focusFirst(ACCOUNT_FIELDS, clientErrors, (field) => FIELD_IDS[field]);
      return;
    }
    const credentials: Credentials = { email: draft.email.trim(), password: draft.password };
    setSubmitting(true);
    try {
      await enrol({
        ...eligibility,
        pseudonym: optional(draft.pseudonym),
        email: credentials.email,
        password: credentials.password,
        legalName: draft.legalName.trim(),
        birthDate: draft.birthDate,
        phone: optional(draft.phone),
        address: optional(draft.address),
        state: draft.state as Location,
      });
    } catch (error) {
      setSubmitting(false);
      if (!isApiProblem(error)) throw error;
      const invalid = errors.showServer(error, ACCOUNT_FIELDS);
      if (error.slug === 'conflict') invalid.push('email');
      setProblem(error);
      if (invalid.length > 0) focusFirst(ACCOUNT_FIELDS, invalidOf(invalid), (f) => FIELD_IDS[f]);
      else document.getElementById('enrol-step-2')?.focus();
      return;
    }
    try {
      await signIn(credentials);
      onSignedIn();
    } catch {
      // The account exists; only the automatic sign-in failed. Say so plainly and offer the way on.
      setSubmitting(false);
      setSignInFailed(true);
    }
  }

  const states = formatList(
    result.states.map((state) => t(`location.${state}`)),
    locale,
  );

  return (
    <section aria-labelledby="enrol-step-2">
      <Alert tone="info" testId="eligibility-confirmed">
        <p className="alert__title">{t('enrolment.eligible.title', { employer: result.employerDisplayName })}</p>
        <p>{t('enrolment.eligible.programme', { programme: result.programmeName })}</p>
        {result.states.length > 0 && <p>{t('enrolment.eligible.states', { states })}</p>}
      </Alert>

      <p className="step-label">{t('enrolment.step', { step: 2, total: 2 })}</p>
      <h2 id="enrol-step-2" ref={headingRef} tabIndex={-1}>
        {t('enrolment.account.heading')}
      </h2>
      <p>{t('enrolment.account.intro')}</p>

      {signInFailed && (
        <Alert tone="info" testId="enrolled-sign-in" title={t('enrolment.done.title')}>
          <p>{t('enrolment.done.signInFailed')}</p>
          <p>
            <Link to="/sign-in" className="button button--primary">
              {t('enrolment.problem.signIn')}
            </Link>
          </p>
        </Alert>
      )}

      <form className="form" noValidate onSubmit={handleSubmit} data-testid="account-form">
        {problem && <EnrolmentProblem problem={problem} />}
        {problem?.slug === 'not-eligible' && (
          <Button variant="secondary" onClick={onBack}>
            {t('enrolment.account.checkAgain')}
          </Button>
        )}

        <fieldset className="fieldset">
          <legend>{t('enrolment.account.privateHeading')}</legend>
          <TextField
            id={FIELD_IDS.pseudonym}
            name="pseudonym"
            label={t('enrolment.pseudonym.label')}
            hint={t('enrolment.pseudonym.hint')}
            autoComplete="off"
            spellCheck={false}
            maxLength={40}
            value={draft.pseudonym}
            error={errors.errorFor('pseudonym')}
            onValueChange={(value) => change('pseudonym', value)}
          />
          <div>
            <Button variant="secondary" data-testid="suggest-pseudonym" busy={suggestions.loading} onClick={suggestions.next}>
              {t('enrolment.pseudonym.another')}
            </Button>
          </div>
          <TextField
            id={FIELD_IDS.email}
            type="email"
            name="email"
            label={t('enrolment.email.label')}
            hint={t('enrolment.email.hint')}
            autoComplete="email"
            inputMode="email"
            spellCheck={false}
            autoCapitalize="none"
            maxLength={254}
            required
            value={draft.email}
            error={errors.errorFor('email')}
            onValueChange={(value) => change('email', value)}
          />
          <TextField
            id={FIELD_IDS.password}
            type="password"
            name="password"
            label={t('enrolment.password.label')}
            hint={t('enrolment.password.hint')}
            autoComplete="new-password"
            maxLength={200}
            required
            value={draft.password}
            error={errors.errorFor('password')}
            onValueChange={(value) => change('password', value)}
          />
          <TextField
            id={FIELD_IDS.confirm}
            type="password"
            name="confirm"
            label={t('enrolment.confirm.label')}
            autoComplete="new-password"
            maxLength={200}
            required
            value={draft.confirm}
            error={errors.errorFor('confirm')}
            onValueChange={(value) => change('confirm', value)}
          />
        </fieldset>

        <fieldset className="fieldset">
          <legend>{t('enrolment.account.identityHeading')}</legend>
          <p className="field__hint" data-testid="identity-encrypted">
            {t('enrolment.account.encrypted')}
          </p>
          <TextField
            id={FIELD_IDS.legalName}
            name="legalName"
            label={t('enrolment.legalName.label')}
            hint={t('enrolment.legalName.hint')}
            autoComplete="name"
            maxLength={200}
            required
            value={draft.legalName}
            error={errors.errorFor('legalName')}
            onValueChange={(value) => change('legalName', value)}
          />
          <TextField
            id={FIELD_IDS.birthDate}
            type="date"
            name="birthDate"
            label={t('enrolment.birthDate.label')}
            autoComplete="bday"
            min="1900-01-01"
            max={today()}
            required
            value={draft.birthDate}
            error={errors.errorFor('birthDate')}
            onValueChange={(value) => change('birthDate', value)}
          />
          <TextField
            id={FIELD_IDS.phone}
            type="tel"
            name="phone"
            label={t('enrolment.phone.label')}
            autoComplete="tel"
            inputMode="tel"
            maxLength={40}
            value={draft.phone}
            error={errors.errorFor('phone')}
            onValueChange={(value) => change('phone', value)}
          />
          <TextAreaField
            id={FIELD_IDS.address}
            name="address"
            label={t('enrolment.address.label')}
            autoComplete="street-address"
            maxLength={300}
            value={draft.address}
            error={errors.errorFor('address')}
            onValueChange={(value) => change('address', value)}
          />
          <LocationSelect
            id={FIELD_IDS.state}
            hint={t('enrolment.state.hint')}
            value={draft.state}
            error={errors.errorFor('state')}
            onValueChange={(value) => change('state', value)}
          />
        </fieldset>

        <Button type="submit" data-testid="create-account" busy={submitting} disabled={signInFailed}>
          {submitting ? t('enrolment.account.creating') : t('enrolment.account.submit')}
        </Button>
        <Button variant="quiet" disabled={submitting} onClick={onBack}>
          {t('enrolment.account.back')}
        </Button>
      </form>
    </section>
  );
}

/**
 * Offers random nicknames: the first one fills the field (unless the person already typed one),
 * "Suggest another" walks through the list and fetches a new one when it runs out.
 */
function usePseudonymSuggestions(use: (name: string) => void) {
  const list = useRef<string[]>([]);
  const position = useRef(0);
  const edited = useRef(false);
  const [loading, setLoading] = useState(false);
  const apply = useRef(use);
  apply.current = use;

  useEffect(() => {
    const controller = new AbortController();
    fetchPseudonymSuggestions(controller.signal).then(
      ({ suggestions }) => {
        if (controller.signal.aborted) return;
        list.current = suggestions;
        position.current = 1;
        if (!edited.current && suggestions[0]) apply.current(suggestions[0]);
      },
      () => {
        // No suggestions: the field stays empty, and a blank pseudonym is generated by the server.
      },
    );
    return () => controller.abort();
  }, []);

  async function next() {
    edited.current = false;
    if (position.current < list.current.length) {
      apply.current(list.current[position.current] ?? '');
      position.current += 1;
      return;
    }
    setLoading(true);
    try {
      const { suggestions } = await fetchPseudonymSuggestions();
      list.current = suggestions;
      position.current = 1;
      if (suggestions[0]) apply.current(suggestions[0]);
    } catch {
      // Keep what is in the field; the person can type their own.
    } finally {
      setLoading(false);
    }
  }

  return {
    loading,
    next,
    touched: () => {
      edited.current = true;
    },
  };
}
