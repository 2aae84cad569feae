import { useState, type FormEvent } from 'react';
import { Alert, Button, ChoiceGroup, ProblemAlert, TextAreaField } from '../../../components/ui';
import { isApiProblem, type ApiProblem } from '../../../lib/api-client';
import { useT } from '../../../lib/i18n';
import { focusFirst, useFieldErrors } from '../../../lib/use-field-errors';
import { OUTCOMES, recordDecision, SETTINGS, type CaseDetail, type Outcome, type Setting } from '../api/clearance-api';
import {
  DECISION_FIELD_IDS,
  DECISION_FIELDS,
  decisionRequest,
  MESSAGE_MAX,
  validateDecision,
  type DecisionField,
  type DecisionValues,
} from '../api/decision-validation';

type Props = { caseId: string | number; onRecorded: (detail: CaseDetail, sent: DecisionValues) => void };

const SERVER_FIELDS = ['outcome', 'setting', 'messageToMember'] as const satisfies readonly DecisionField[];

export function DecisionForm({ caseId, onRecorded }: Props) {
  const t = useT();
  const [values, setValues] = useState<DecisionValues>({ outcome: '', setting: '', messageToMember: '' });
  const [submitting, setSubmitting] = useState(false);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const errors = useFieldErrors<DecisionField>(t);

  function change<F extends DecisionField>(field: F, value: DecisionValues[F]) {
    setValues((current) => ({ ...current, [field]: value }));
    errors.clear(field);
    // A different outcome changes what the message must say.
    if (field === 'outcome') errors.clear('messageToMember');
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submitting) return;
    setProblem(null);
    const clientErrors = validateDecision(values);
    if (!errors.showClient(clientErrors)) {
      focusFirst(DECISION_FIELDS, clientErrors, (field) => DECISION_FIELD_IDS[field]);
      return;
    }
    setSubmitting(true);
    try {
      const detail = await recordDecision(caseId, decisionRequest(values));
      onRecorded(detail, values);
    } catch (error) {
      if (!isApiProblem(error)) throw error;
      const invalid = errors.showServer(error, SERVER_FIELDS);
      setProblem(error);
      focusFirst(DECISION_FIELDS, Object.fromEntries(invalid.map((f) => [f, true])), (f) => DECISION_FIELD_IDS[f]);
    } finally {
      setSubmitting(false);
    }
  }

  const outcome = values.outcome;
  const messageRequired = outcome === 'NOT_CLEARED' || outcome === 'MORE_INFORMATION';
  return (
    <form className="form" noValidate onSubmit={handleSubmit} data-testid="decision-form" aria-labelledby="decision-heading">
      <h2 id="decision-heading">{t('clearance.decision.heading')}</h2>
      <p className="note">{t('clearance.decision.note')}</p>
      {problem &&
        (problem.status === 409 ? (
          <Alert title={t('clearance.decision.conflict.title')} testId="form-problem">
            <p>{t('clearance.decision.conflict.detail')}</p>
          </Alert>
        ) : (
          <ProblemAlert problem={problem} />
        ))}
      <ChoiceGroup
        id={DECISION_FIELD_IDS.outcome}
        type="radio"
        legend={t('clearance.decision.outcome.label')}
        choices={OUTCOMES.map((value) => ({ value, label: t(`clearance.outcome.${value}`) }))}
        selected={outcome ? [outcome] : []}
        error={errors.errorFor('outcome')}
        onSelectedChange={([value]) => change('outcome', (value ?? '') as Outcome)}
      />
      {outcome === 'CLEARED' && (
        <ChoiceGroup
          id={DECISION_FIELD_IDS.setting}
          type="radio"
          legend={t('clearance.decision.setting.label')}
          hint={t('clearance.decision.setting.hint')}
          choices={SETTINGS.map((value) => ({ value, label: t(`clearance.setting.${value}`) }))}
          selected={values.setting ? [values.setting] : []}
          error={errors.errorFor('setting')}
          onSelectedChange={([value]) => change('setting', (value ?? '') as Setting)}
        />
      )}
      <TextAreaField
        id={DECISION_FIELD_IDS.messageToMember}
        label={t(messageRequired ? 'clearance.decision.message.label' : 'clearance.decision.message.labelOptional')}
        hint={t(`clearance.decision.message.hint.${outcome || 'none'}`, { max: MESSAGE_MAX })}
        rows={5}
        maxLength={MESSAGE_MAX}
        required={messageRequired}
        value={values.messageToMember}
        error={errors.errorFor('messageToMember')}
        onValueChange={(value) => change('messageToMember', value)}
      />
      <Button type="submit" data-testid="record-decision" busy={submitting}>
        {submitting ? t('clearance.decision.recording') : t('clearance.decision.submit')}
      </Button>
    </form>
  );
}
