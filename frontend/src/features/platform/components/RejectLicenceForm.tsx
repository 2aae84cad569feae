import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { Button, ProblemAlert, TextAreaField } from '../../../components/ui';
import { isApiProblem, type ApiProblem } from '../../../lib/api-client';
import { useT } from '../../../lib/i18n';
import { useFieldErrors } from '../../../lib/use-field-errors';
import { rejectLicence, REJECTION_REASON_MAX, type LicenceReview } from '../api/licences-api';

type Props = {
  licence: LicenceReview;
  onCancel: () => void;
  onRejected: (licence: LicenceReview) => void;
};

/** The confirm step of a rejection: the provider sees the reason, so one is required. */
export function RejectLicenceForm({ licence, onCancel, onRejected }: Props) {
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
    const trimmed = reason.trim();
    const clientError =
      trimmed === ''
        ? 'platform.licences.rejection.required'
        : trimmed.length > REJECTION_REASON_MAX
          ? 'platform.licences.rejection.tooLong'
          : undefined;
    if (!errors.showClient({ reason: clientError })) {
      field.current?.focus();
      return;
    }
    setSubmitting(true);
    try {
      onRejected(await rejectLicence(licence.id, trimmed));
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
      data-testid="reject-licence-form"
      onKeyDown={(event) => {
        if (event.key === 'Escape' && !submitting) onCancel();
      }}
    >
      <p id={headingId} className="confirm__question">
        {t('platform.licences.rejection.question', { number: licence.number, name: licence.providerName })}
      </p>
      {problem && <ProblemAlert problem={problem} testId="reject-problem" />}
      <TextAreaField
        ref={field}
        id="rejection-reason"
        label={t('platform.licences.rejection.label')}
        hint={t('platform.licences.rejection.hint')}
        required
        maxLength={REJECTION_REASON_MAX}
        value={reason}
        error={errors.errorFor('reason')}
        onValueChange={(value) => {
          setReason(value);
          errors.clear('reason');
        }}
      />
      <div className="actions">
        <Button type="submit" data-testid="confirm-reject" busy={submitting}>
          {t('platform.licences.rejection.confirm')}
        </Button>
        <Button variant="secondary" disabled={submitting} onClick={onCancel}>
          {t('ui.cancel')}
        </Button>
      </div>
    </form>
  );
}
