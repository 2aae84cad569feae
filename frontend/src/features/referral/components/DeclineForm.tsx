import { ReasonConfirmForm } from '../../../components/ui';
import { useT } from '../../../lib/i18n';
import { DECLINE_REASON_MAX, DECLINE_REASON_MIN, declineReferral, validateDeclineReason } from '../api/referral-api';

type Props = { referralId: string; pseudonym: string; onCancel: () => void; onDeclined: () => void };

/** Declining needs a reason, so the referral can be passed on well. */
export function DeclineForm({ referralId, pseudonym, onCancel, onDeclined }: Props) {
  const t = useT();
  return (
    <ReasonConfirmForm
      question={t('referral.decline.question', { pseudonym })}
      fieldId="decline-reason"
      label={t('referral.decline.reason.label')}
      hint={t('referral.decline.reason.hint', { min: DECLINE_REASON_MIN, max: DECLINE_REASON_MAX })}
      minLength={DECLINE_REASON_MIN}
      maxLength={DECLINE_REASON_MAX}
      validate={validateDeclineReason}
      submit={async (reason) => {
        await declineReferral(referralId, reason);
        onDeclined();
      }}
      testIds={{ form: 'decline-form', problem: 'decline-problem', confirm: 'confirm-decline' }}
      confirmLabel={t('referral.decline.confirm')}
      busyLabel={t('referral.decline.declining')}
      onCancel={onCancel}
    />
  );
}
