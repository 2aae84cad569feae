import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { Button, ProblemAlert, TextAreaField } from '../../../components/ui';
import { isApiProblem, type ApiProblem } from '../../../lib/api-client';
import { useT } from '../../../lib/i18n';
import { useFieldErrors } from '../../../lib/use-field-errors';
import { DECLINE_REASON_MAX, DECLINE_REASON_MIN, declineReferral, validateDeclineReason } from '../api/referral-api';

type Props = { referralId: string; pseudonym: string; onCancel: () => void; onDeclined: () => void };

/** Declining needs a reason, so the referral can be passed on well. */
export function DeclineForm({ referralId, pseudonym, onCancel, onDeclined }: Props) {
  const t = useT();
  const headingId = useId();
  const [reason, setReason] = useState('');
  const [submitting, setSubmitting] = useState(false);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const errors = useFieldErrors<'reason'>(t);
  const field = useRef<HTMLTextAreaElement>(null);

  useEffect(() => field.current?.focus(), []);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submitting) return;
    setProblem(null);
    if (!errors.showClient({ reason: validateDeclineReason(reason) })) {
      field.current?.focus();
      return;
    }
    setSubmitting(true);
    try {
      await declineReferral(referralId, reason.trim());
      onDeclined();
    } catch (error) {
      setSubmitting(false);
      if (!isApiProblem(error)) throw error;
      if (errors.showServer(error, ['reason']).length > 0) field.current?.focus();
      setProblem(error);
    }
  }

  return (
    <form
      className="confirm form"
      noValidate
      onSubmit={handleSubmit}
      aria-labelledby={headingId}
      data-testid="decline-form"
      onKeyDown={(event) => {
        if (event.key === 'Escape' && !submitting) onCancel();
      }}
    >
      <p id={headingId} className="confirm__question">
        {t('referral.decline.question', { pseudonym })}
      </p>
      {problem && <ProblemAlert problem={problem} testId="decline-problem" />}
      <TextAreaField
        ref={field}
        id="decline-reason"
        name="reason"
        label={t('referral.decline.reason.label')}
        hint={t('referral.decline.reason.hint', { min: DECLINE_REASON_MIN, max: DECLINE_REASON_MAX })}
        required
        minLength={DECLINE_REASON_MIN}
        maxLength={DECLINE_REASON_MAX}
        value={reason}
        error={errors.errorFor('reason')}
        onValueChange={(value) => {
          setReason(value);
          errors.clear('reason');
        }}
      />
      <div className="actions">
        <Button type="submit" data-testid="confirm-decline" busy={submitting}>
          {submitting ? t('referral.decline.declining') : t('referral.decline.confirm')}
        </Button>
        <Button variant="secondary" disabled={submitting} onClick={onCancel}>
          {t('ui.cancel')}
        </Button>
      </div>
    </form>
  );
}
