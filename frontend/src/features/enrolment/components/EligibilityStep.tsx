import { useState, type FormEvent, type RefObject } from 'react';
import { Button, TextField } from '../../../components/ui';
import { isApiProblem, type ApiProblem } from '../../../lib/api-client';
import { useT } from '../../../lib/i18n';
import { focusFirst, useFieldErrors } from '../../../lib/use-field-errors';
import { checkEligibility, type EligibilityRequest } from '../api/enrolment-api';
import {
  ELIGIBILITY_FIELDS,
  FIELD_IDS,
  optional,
  today,
  validateEligibility,
  type EligibilityDraft,
  type EligibilityField,
} from '../api/enrolment-validation';
import type { Eligible } from './EnrolmentPage';
import { EnrolmentProblem } from './EnrolmentProblem';

type Props = {
  headingRef: RefObject<HTMLHeadingElement | null>;
  draft: EligibilityDraft;
  onDraftChange: (draft: EligibilityDraft) => void;
  onEligible: (eligible: Eligible) => void;
};

export function EligibilityStep({ headingRef, draft, onDraftChange, onEligible }: Props) {
  const t = useT();
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const errors = useFieldErrors<EligibilityField>(t);

  function change(field: EligibilityField, value: string) {
    onDraftChange({ ...draft, [field]: value });
    errors.clear(field);
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submitting) return;
    setProblem(null);
    const clientErrors = validateEligibility(draft);
    if (!errors.showClient(clientErrors)) {
      focusFirst(ELIGIBILITY_FIELDS, clientErrors, (field) => FIELD_IDS[field]);
      return;
    }
    const request: EligibilityRequest = {
      enrolmentCode: draft.enrolmentCode.trim(),
      workIdentifier: draft.workIdentifier.trim(),
      dateOfBirth: optional(draft.dateOfBirth),
    };
    setSubmitting(true);
    try {
      const result = await checkEligibility(request);
      onEligible({ request, result });
    } catch (error) {
      setSubmitting(false);
      if (!isApiProblem(error)) throw error;
      const invalid = errors.showServer(error, ELIGIBILITY_FIELDS);
      setProblem(error);
      focusFirst(ELIGIBILITY_FIELDS, Object.fromEntries(invalid.map((f) => [f, true])), (f) => FIELD_IDS[f]);
    }
  }

  return (
    <section aria-labelledby="enrol-step-1">
      <p className="step-label">{t('enrolment.step', { step: 1, total: 2 })}</p>
      <h2 id="enrol-step-1" ref={headingRef} tabIndex={-1}>
        {t('enrolment.eligibility.heading')}
      </h2>
      <p>{t('enrolment.eligibility.intro')}</p>
      <form className="form" noValidate onSubmit={handleSubmit} data-testid="eligibility-form">
        {problem && <EnrolmentProblem problem={problem} />}
        <TextField
          id={FIELD_IDS.enrolmentCode}
          name="enrolmentCode"
          label={t('enrolment.code.label')}
          hint={t('enrolment.code.hint')}
          autoComplete="off"
          spellCheck={false}
          autoCapitalize="characters"
          maxLength={64}
          required
          value={draft.enrolmentCode}
          error={errors.errorFor('enrolmentCode')}
          onValueChange={(value) => change('enrolmentCode', value)}
        />
        <TextField
          id={FIELD_IDS.workIdentifier}
          name="workIdentifier"
          label={t('enrolment.workIdentifier.label')}
          hint={t('enrolment.workIdentifier.hint')}
          autoComplete="off"
          spellCheck={false}
          autoCapitalize="none"
          maxLength={254}
          required
          value={draft.workIdentifier}
          error={errors.errorFor('workIdentifier')}
          onValueChange={(value) => change('workIdentifier', value)}
        />
        <TextField
          id={FIELD_IDS.dateOfBirth}
          type="date"
          name="dateOfBirth"
          label={t('enrolment.eligibilityDob.label')}
          hint={t('enrolment.eligibilityDob.hint')}
          autoComplete="bday"
          min="1900-01-01"
          max={today()}
          value={draft.dateOfBirth}
          error={errors.errorFor('dateOfBirth')}
          onValueChange={(value) => change('dateOfBirth', value)}
        />
        <p className="muted note">{t('enrolment.eligibility.private')}</p>
        <Button type="submit" data-testid="check-eligibility" busy={submitting}>
          {submitting ? t('enrolment.eligibility.checking') : t('enrolment.eligibility.submit')}
        </Button>
      </form>
    </section>
  );
}
