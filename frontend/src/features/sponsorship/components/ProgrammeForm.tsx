import { useState, type FormEvent } from 'react';
import { Alert, Button, ChoiceGroup, ProblemAlert, TextField } from '../../../components/ui';
import { isApiProblem, type ApiProblem } from '../../../lib/api-client';
import { useT } from '../../../lib/i18n';
import { focusFirst, useFieldErrors } from '../../../lib/use-field-errors';
import { SERVICES, STATES, type ProgrammeRequest, type ProgrammeStatus, type ProgrammeView, type UsState } from '../api/types';
import {
  CHANGEABLE_WHILE_ACTIVE,
  FIELD_IDS,
  PROGRAMME_FIELDS,
  requestOf,
  validateProgramme,
  type ProgrammeDraft,
  type ProgrammeField,
} from '../api/programme-validation';

type Props = {
  initial: ProgrammeDraft;
  /** The programme being edited; absent for a new one. */
  original?: { status: ProgrammeStatus; seats: number; states: readonly UsState[] };
  submitLabel: string;
  save: (request: ProgrammeRequest) => Promise<ProgrammeView>;
  onSaved: (programme: ProgrammeView) => void;
  /** Offered after a conflict (someone else saved first). */
  onReload?: () => void;
};

/** The one form for creating and editing a programme. */
export function ProgrammeForm({ initial, original, submitLabel, save, onSaved, onReload }: Props) {
  const t = useT();
  const [draft, setDraft] = useState<ProgrammeDraft>(initial);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const errors = useFieldErrors<ProgrammeField>(t);
  const active = original?.status === 'ACTIVE';
  const locked = (field: ProgrammeField) => active && !CHANGEABLE_WHILE_ACTIVE.includes(field);

  function change<K extends keyof ProgrammeDraft>(field: K, value: ProgrammeDraft[K]) {
    setDraft((current) => ({ ...current, [field]: value }));
    errors.clear(field);
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submitting) return;
    setProblem(null);
    const clientErrors = validateProgramme(draft, original ?? null);
    if (!errors.showClient(clientErrors)) {
      focusFirst(PROGRAMME_FIELDS, clientErrors, (field) => FIELD_IDS[field]);
      return;
    }
    setSubmitting(true);
    try {
      const saved = await save(requestOf(draft));
      onSaved(saved);
    } catch (error) {
      setSubmitting(false);
      if (!isApiProblem(error)) throw error;
      const invalid = errors.showServer(error, PROGRAMME_FIELDS);
      setProblem(error);
      focusFirst(PROGRAMME_FIELDS, Object.fromEntries(invalid.map((field) => [field, true])), (field) => FIELD_IDS[field]);
    }
  }

  const lockedHint = (field: ProgrammeField) => (locked(field) ? t('sponsorship.form.lockedHint') : undefined);

  return (
    <form className="form" noValidate onSubmit={handleSubmit} data-testid="programme-form">
      {problem &&
        (problem.status === 409 ? (
          <ProblemAlert problem={problem} title={t('sponsorship.form.conflict.title')} detail={t('sponsorship.form.conflict.detail')}>
            {onReload && (
              <Button variant="secondary" onClick={onReload}>
                {t('sponsorship.form.conflict.reload')}
              </Button>
            )}
          </ProblemAlert>
        ) : (
          <ProblemAlert problem={problem} />
        ))}
      {active && (
        <Alert tone="info" title={t('sponsorship.form.active.title')} testId="programme-active-note">
          <p>{t('sponsorship.form.active.terms')}</p>
          <p>{t('sponsorship.form.active.seats')}</p>
        </Alert>
      )}
      <TextField
        id={FIELD_IDS.name}
        label={t('sponsorship.field.name')}
        hint={t('sponsorship.form.name.hint')}
        maxLength={120}
        required
        value={draft.name}
        error={errors.errorFor('name')}
        onValueChange={(value) => change('name', value)}
      />
      <div className="field-row">
        <TextField
          id={FIELD_IDS.startsOn}
          type="date"
          label={t('sponsorship.field.startsOn')}
          hint={lockedHint('startsOn')}
          required
          disabled={locked('startsOn')}
          value={draft.startsOn}
          error={errors.errorFor('startsOn')}
          onValueChange={(value) => change('startsOn', value)}
        />
        <TextField
          id={FIELD_IDS.endsOn}
          type="date"
          label={t('sponsorship.field.endsOn')}
          required
          min={draft.startsOn || undefined}
          value={draft.endsOn}
          error={errors.errorFor('endsOn')}
          onValueChange={(value) => change('endsOn', value)}
        />
      </div>
      <TextField
        id={FIELD_IDS.seats}
        type="number"
        inputMode="numeric"
        label={t('sponsorship.field.seats')}
        hint={active ? t('sponsorship.form.seats.activeHint', { seats: original?.seats ?? 0 }) : t('sponsorship.form.seats.hint')}
        min={active ? original?.seats : 1}
        max={100000}
        step={1}
        required
        value={draft.seats}
        error={errors.errorFor('seats')}
        onValueChange={(value) => change('seats', value)}
      />
      <div className="field-row">
        <TextField
          id={FIELD_IDS.packageHours}
          type="number"
          inputMode="numeric"
          label={t('sponsorship.field.packageHours')}
          hint={lockedHint('packageHours') ?? t('sponsorship.form.packageHours.hint')}
          min={1}
          max={200}
          step={1}
          required
          disabled={locked('packageHours')}
          value={draft.packageHours}
          error={errors.errorFor('packageHours')}
          onValueChange={(value) => change('packageHours', value)}
        />
        <TextField
          id={FIELD_IDS.pricePerSeatUsd}
          type="number"
          inputMode="decimal"
          label={t('sponsorship.field.price')}
          hint={lockedHint('pricePerSeatUsd') ?? t('sponsorship.form.price.hint')}
          min={0}
          max={1000000}
          step="0.01"
          required
          disabled={locked('pricePerSeatUsd')}
          value={draft.pricePerSeatUsd}
          error={errors.errorFor('pricePerSeatUsd')}
          onValueChange={(value) => change('pricePerSeatUsd', value)}
        />
      </div>
      <ChoiceGroup
        id={FIELD_IDS.coveredServices}
        type="checkbox"
        legend={t('sponsorship.field.services')}
        hint={lockedHint('coveredServices') ?? t('sponsorship.form.services.hint')}
        choices={SERVICES.map((service) => ({
          value: service,
          label: t(`sponsorship.service.${service}`),
          disabled: locked('coveredServices'),
        }))}
        selected={draft.coveredServices}
        error={errors.errorFor('coveredServices')}
        onSelectedChange={(selected) => change('coveredServices', SERVICES.filter((s) => selected.includes(s)))}
      />
      <ChoiceGroup
        id={FIELD_IDS.states}
        type="checkbox"
        legend={t('sponsorship.field.states')}
        hint={active ? t('sponsorship.form.states.activeHint') : t('sponsorship.form.states.hint')}
        choices={STATES.map((state) => ({
          value: state,
          label: t(`sponsorship.state.${state}`),
          disabled: active && (original?.states ?? []).includes(state),
        }))}
        selected={draft.states}
        error={errors.errorFor('states')}
        onSelectedChange={(selected) => change('states', STATES.filter((s) => selected.includes(s)))}
      />
      <Button type="submit" data-testid="save-programme" busy={submitting}>
        {submitting ? t('sponsorship.form.saving') : submitLabel}
      </Button>
    </form>
  );
}
