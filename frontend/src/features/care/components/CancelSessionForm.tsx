import { Alert, ReasonConfirmForm } from '../../../components/ui';
import { formatNumber, useLocale, useT } from '../../../lib/i18n';
import { cancelSession, REASON_MAX, REASON_MIN, validateReason, type Session } from '../api/care-api';
import { formatDateTimeIn, hoursUntil } from '../api/care-time';
import { hoursText, kindName } from './care-text';

type Props = {
  session: Session;
  audience: 'member' | 'provider';
  timeZone: string;
  /** The member's late-cancellation policy (hours before the start); not shown to the therapist. */
  lateCancellationHours?: number;
  onCancelled: (session: Session) => void;
  onClose: () => void;
};

/** Cancelling needs a reason; a member is told, before confirming, when the hours will count as used. */
export function CancelSessionForm({ session, audience, timeZone, lateCancellationHours, onCancelled, onClose }: Props) {
  const t = useT();
  const { locale } = useLocale();
  const when = formatDateTimeIn(session.startsAt, locale, timeZone);
  const kind = kindName(t, session.kind);
  const late =
    audience === 'member' && lateCancellationHours !== undefined && hoursUntil(session.startsAt) < lateCancellationHours;

  return (
    <div className="session__panel" data-testid={`cancel-panel-${session.id}`}>
      {audience === 'member' &&
        lateCancellationHours !== undefined &&
        (late ? (
          <Alert testId="late-cancellation-warning" title={t('care.cancel.late.title')}>
            <p>
              {t('care.cancel.late.text', {
                limit: formatNumber(lateCancellationHours, locale),
                hours: hoursText(t, locale, session.hours),
              })}
            </p>
          </Alert>
        ) : (
          <p className="note" data-testid="cancellation-free-note">
            {t('care.cancel.free', { limit: formatNumber(lateCancellationHours, locale) })}
          </p>
        ))}
      <ReasonConfirmForm
        question={
          audience === 'member'
            ? t('care.cancel.question', { kind, when })
            : t('care.cancel.providerQuestion', { kind, when, pseudonym: session.memberPseudonym })
        }
        fieldId={`cancel-reason-field-${session.id}`}
        label={t('care.cancel.reason.label')}
        hint={t(audience === 'member' ? 'care.cancel.reason.hint' : 'care.cancel.reason.providerHint', {
          min: REASON_MIN,
          max: REASON_MAX,
        })}
        minLength={REASON_MIN}
        maxLength={REASON_MAX}
        validate={validateReason}
        submit={async (reason) => {
          onCancelled(await cancelSession(session.id, reason));
        }}
        testIds={{
          form: `cancel-form-${session.id}`,
          problem: `cancel-problem-${session.id}`,
          confirm: `confirm-cancel-${session.id}`,
        }}
        confirmLabel={late ? t('care.cancel.confirmLate') : t('care.cancel.confirm')}
        busyLabel={t('care.cancel.cancelling')}
        onCancel={onClose}
      />
    </div>
  );
}
