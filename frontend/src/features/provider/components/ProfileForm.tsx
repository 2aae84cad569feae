import { useState, type FormEvent } from 'react';
import { Button, ChoiceGroup, ProblemAlert, SelectField, TextField } from '../../../components/ui';
import { isApiProblem, type ApiProblem } from '../../../lib/api-client';
import { useT, type Translate } from '../../../lib/i18n';
import { focusFirst, useFieldErrors } from '../../../lib/use-field-errors';
import { MODALITIES, TIME_ZONES, updatePractice, type Modality, type Practice } from '../api/practice-api';
import {
  CAPACITY_MAX,
  CAPACITY_MIN,
  languagesOf,
  localToday,
  PROFILE_FIELD_IDS,
  PROFILE_FIELDS,
  validateProfile,
  type ProfileField,
  type ProfileValues,
} from '../api/practice-validation';

const LISTED_LANGUAGES = ['en', 'es'] as const;

function valuesOf(practice: Practice): ProfileValues {
  return {
    credentials: practice.credentials,
    languages: practice.languages.filter((code) => (LISTED_LANGUAGES as readonly string[]).includes(code)),
    otherLanguages: practice.languages.filter((code) => !(LISTED_LANGUAGES as readonly string[]).includes(code)).join(', '),
    modalities: practice.modalities ?? [],
    capacity: practice.capacity === undefined ? '' : String(practice.capacity),
    timeZone: practice.timeZone,
    nextAvailableOn: practice.nextAvailableOn ?? '',
  };
}

/** The provider's own profile; what they change here decides which referrals they are offered. */
export function ProfileForm({ practice, onSaved }: { practice: Practice; onSaved: (practice: Practice) => void }) {
  const t = useT();
  const [values, setValues] = useState<ProfileValues>(() => valuesOf(practice));
  const [submitting, setSubmitting] = useState(false);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [saved, setSaved] = useState(false);
  const errors = useFieldErrors<ProfileField>(t);

  function change<K extends keyof ProfileValues>(key: K, value: ProfileValues[K]) {
    setValues((current) => ({ ...current, [key]: value }));
    setSaved(false);
    errors.clear(key === 'otherLanguages' ? 'languages' : (key as ProfileField));
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submitting) return;
    setProblem(null);
    setSaved(false);
    const clientErrors = validateProfile(values);
    if (!errors.showClient(clientErrors)) {
      focusFirst(PROFILE_FIELDS, clientErrors, (field) => PROFILE_FIELD_IDS[field]);
      return;
    }
    setSubmitting(true);
    try {
      const updated = await updatePractice({
        credentials: values.credentials.trim(),
        languages: languagesOf(values),
        modalities: values.modalities as Modality[],
        capacity: Number(values.capacity),
        timeZone: values.timeZone,
        nextAvailableOn: values.nextAvailableOn || null,
      });
      setValues(valuesOf(updated));
      setSaved(true);
      onSaved(updated);
    } catch (error) {
      if (!isApiProblem(error)) throw error;
      const invalid = errors.showServer(error, PROFILE_FIELDS);
      setProblem(error);
      focusFirst(PROFILE_FIELDS, Object.fromEntries(invalid.map((f) => [f, true])), (f) => PROFILE_FIELD_IDS[f]);
    } finally {
      setSubmitting(false);
    }
  }

  const zones: string[] = TIME_ZONES.includes(practice.timeZone as (typeof TIME_ZONES)[number])
    ? [...TIME_ZONES]
    : [...TIME_ZONES, practice.timeZone].filter(Boolean);

  return (
    <form className="form" noValidate onSubmit={handleSubmit} data-testid="provider-profile-form" aria-labelledby="profile-form-heading">
      <h2 id="profile-form-heading">{t('provider.profile.heading')}</h2>
      <p className="muted">{t('provider.profile.intro')}</p>
      {saved && (
        <p role="status" className="note" data-testid="provider-profile-saved">
          {t('provider.profile.saved')}
        </p>
      )}
      {problem && <ProblemAlert problem={problem} />}
      <TextField
        id={PROFILE_FIELD_IDS.credentials}
        label={t('provider.profile.credentials.label')}
        hint={t('provider.profile.credentials.hint')}
        autoComplete="off"
        maxLength={200}
        required
        value={values.credentials}
        error={errors.errorFor('credentials')}
        onValueChange={(value) => change('credentials', value)}
      />
      <ChoiceGroup
        id={PROFILE_FIELD_IDS.languages}
        type="checkbox"
        legend={t('provider.profile.languages.label')}
        hint={t('provider.profile.languages.hint')}
        choices={LISTED_LANGUAGES.map((code) => ({ value: code, label: t(`provider.profile.language.${code}`) }))}
        selected={values.languages}
        error={errors.errorFor('languages')}
        onSelectedChange={(selected) => change('languages', selected)}
      />
      <TextField
        id="provider-other-languages"
        label={t('provider.profile.otherLanguages.label')}
        hint={t('provider.profile.otherLanguages.hint')}
        autoComplete="off"
        spellCheck={false}
        value={values.otherLanguages}
        onValueChange={(value) => change('otherLanguages', value)}
      />
      <ChoiceGroup
        id={PROFILE_FIELD_IDS.modalities}
        type="checkbox"
        legend={t('provider.profile.modalities.label')}
        hint={t('provider.profile.modalities.hint')}
        choices={MODALITIES.map((modality) => ({ value: modality, label: t(`provider.modality.${modality}`) }))}
        selected={values.modalities}
        error={errors.errorFor('modalities')}
        onSelectedChange={(selected) => change('modalities', selected)}
      />
      <div className="field-row">
        <TextField
          id={PROFILE_FIELD_IDS.capacity}
          type="number"
          inputMode="numeric"
          min={CAPACITY_MIN}
          max={CAPACITY_MAX}
          step={1}
          label={t('provider.profile.capacity.label')}
          hint={t('provider.profile.capacity.hint', { min: CAPACITY_MIN, max: CAPACITY_MAX })}
          required
          value={values.capacity}
          error={errors.errorFor('capacity')}
          onValueChange={(value) => change('capacity', value)}
        />
        <SelectField
          id={PROFILE_FIELD_IDS.timeZone}
          label={t('provider.profile.timeZone.label')}
          placeholder={t('provider.profile.timeZone.choose')}
          options={zones.map((zone) => ({ value: zone, label: timeZoneLabel(zone, t) }))}
          required
          value={values.timeZone}
          error={errors.errorFor('timeZone')}
          onValueChange={(value) => change('timeZone', value)}
        />
      </div>
      <TextField
        id={PROFILE_FIELD_IDS.nextAvailableOn}
        type="date"
        name="nextAvailableOn"
        label={t('provider.profile.nextAvailableOn.label')}
        hint={t('provider.profile.nextAvailableOn.hint')}
        min={localToday()}
        value={values.nextAvailableOn}
        error={errors.errorFor('nextAvailableOn')}
        onValueChange={(value) => change('nextAvailableOn', value)}
      />
      <Button type="submit" data-testid="save-provider-profile" busy={submitting}>
        {submitting ? t('provider.profile.saving') : t('provider.profile.submit')}
      </Button>
    </form>
  );
}

function timeZoneLabel(zone: string, t: Translate): string {
  return (TIME_ZONES as readonly string[]).includes(zone) ? t(`provider.timeZoneName.${zone}`) : zone;
}
