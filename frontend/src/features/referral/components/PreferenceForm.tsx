import { useState, type FormEvent } from 'react';
import { Button, ProblemAlert, SelectField } from '../../../components/ui';
import { isApiProblem, type ApiProblem } from '../../../lib/api-client';
import { languageName, useLocale, useT } from '../../../lib/i18n';
import { focusFirst, useFieldErrors } from '../../../lib/use-field-errors';
import { savePreference, type MyReferral, type Preference } from '../api/referral-api';

type Field = 'language' | 'languageRequired';
const FIELDS: readonly Field[] = ['language', 'languageRequired'];
const IDS: Record<Field, string> = { language: 'referral-language', languageRequired: 'referral-language-required' };
const LISTED_LANGUAGES = ['en', 'es'] as const;

type Props = { preference: Preference; onSaved: (referral: MyReferral) => void };

/** The member's language wish; saving may also find them a therapist, which the answer shows. */
export function PreferenceForm({ preference, onSaved }: Props) {
  const t = useT();
  const { locale } = useLocale();
  const [language, setLanguage] = useState(preference.language ?? '');
  const [required, setRequired] = useState(preference.languageRequired);
  const [submitting, setSubmitting] = useState(false);
  const [saved, setSaved] = useState(false);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const errors = useFieldErrors<Field>(t);

  const listed: readonly string[] = LISTED_LANGUAGES;
  const codes = language && !listed.includes(language) ? [...listed, language] : listed;
  const options = codes.map((code) => ({
    value: code,
    label: listed.includes(code) ? t(`referral.preference.language.${code}`) : languageName(code, locale),
  }));

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submitting) return;
    setProblem(null);
    setSaved(false);
    const clientErrors = { language: required && !language ? 'referral.preference.language.neededForOnly' : undefined };
    if (!errors.showClient(clientErrors)) {
      focusFirst(FIELDS, clientErrors, (field) => IDS[field]);
      return;
    }
    setSubmitting(true);
    try {
      const referral = await savePreference({ language: language || null, languageRequired: required });
      setSaved(true);
      onSaved(referral);
    } catch (error) {
      if (!isApiProblem(error)) throw error;
      const invalid = errors.showServer(error, FIELDS);
      setProblem(error);
      focusFirst(FIELDS, Object.fromEntries(invalid.map((field) => [field, true])), (field) => IDS[field]);
    } finally {
      setSubmitting(false);
    }
  }

  const requiredError = errors.errorFor('languageRequired');
  const hintId = `${IDS.languageRequired}-hint`;
  const errorId = `${IDS.languageRequired}-error`;
  return (
    <form
      className="form section"
      noValidate
      onSubmit={handleSubmit}
      aria-labelledby="preference-heading"
      data-testid="preference-form"
    >
      <h2 id="preference-heading" tabIndex={-1}>
        {t('referral.preference.heading')}
      </h2>
      <p className="muted">{t('referral.preference.intro')}</p>
      {saved && (
        <p role="status" className="note" data-testid="preference-saved">
          {t('referral.preference.saved')}
        </p>
      )}
      {problem && <ProblemAlert problem={problem} />}
      <SelectField
        id={IDS.language}
        name="language"
        label={t('referral.preference.language.label')}
        placeholder={t('referral.preference.language.none')}
        options={options}
        value={language}
        error={errors.errorFor('language')}
        onValueChange={(value) => {
          setLanguage(value);
          setSaved(false);
          errors.clear('language');
        }}
      />
      <div className={requiredError ? 'field field--invalid' : 'field'}>
        <div className="choice">
          <input
            id={IDS.languageRequired}
            type="checkbox"
            name="languageRequired"
            checked={required}
            aria-invalid={requiredError ? true : undefined}
            aria-describedby={[hintId, requiredError ? errorId : ''].filter(Boolean).join(' ')}
            onChange={(event) => {
              setRequired(event.target.checked);
              setSaved(false);
              errors.clear('languageRequired');
              errors.clear('language');
            }}
          />
          <label htmlFor={IDS.languageRequired}>
            {t('referral.preference.required.label')}
            <span id={hintId} className="choice__description">
              {t('referral.preference.required.hint')}
            </span>
          </label>
        </div>
        {requiredError && (
          <p id={errorId} className="field__error">
            {requiredError}
          </p>
        )}
      </div>
      <Button type="submit" data-testid="save-preference" busy={submitting}>
        {submitting ? t('referral.preference.saving') : t('referral.preference.save')}
      </Button>
    </form>
  );
}
