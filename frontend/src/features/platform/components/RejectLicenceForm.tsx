import { ReasonConfirmForm } from '../../../components/ui';
import { useT } from '../../../lib/i18n';
import { rejectLicence, REJECTION_REASON_MAX, type LicenceReview } from '../api/licences-api';

type Props = {
  licence: LicenceReview;
  onCancel: () => void;
  onRejected: (licence: LicenceReview) => void;
};

/** Translation key of what is wrong with the (trimmed) rejection reason, if anything. */
function validateRejectionReason(reason: string): string | undefined {
  if (reason === '') return 'platform.licences.rejection.required';
  if (reason.length > REJECTION_REASON_MAX) return 'platform.licences.rejection.tooLong';
  return undefined;
}

/** The confirm step of a rejection: the provider sees the reason, so one is required. */
export function RejectLicenceForm({ licence, onCancel, onRejected }: Props) {
  const t = useT();
  return (
    <ReasonConfirmForm
      question={t('platform.licences.rejection.question', { number: licence.number, name: licence.providerName })}
      fieldId="rejection-reason"
      label={t('platform.licences.rejection.label')}
      hint={t('platform.licences.rejection.hint')}
      maxLength={REJECTION_REASON_MAX}
      validate={validateRejectionReason}
      submit={async (reason) => onRejected(await rejectLicence(licence.id, reason))}
      testIds={{ form: 'reject-licence-form', problem: 'reject-problem', confirm: 'confirm-reject' }}
      confirmLabel={t('platform.licences.rejection.confirm')}
      onCancel={onCancel}
    />
  );
}
