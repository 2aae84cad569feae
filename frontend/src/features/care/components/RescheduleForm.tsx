import { useState } from 'react';
import { Button, ReasonConfirmForm } from '../../../components/ui';
import { isApiProblem, type ApiProblem } from '../../../lib/api-client';
import { useLocale, useT } from '../../../lib/i18n';
import { REASON_MAX, REASON_MIN, rescheduleSession, validateReason, type Session } from '../api/care-api';
import { formatDateTimeIn } from '../api/care-time';
import { BookingProblem } from './BookingProblem';
import { kindName } from './care-text';
import { SlotPicker } from './SlotPicker';

type Props = {
  session: Session;
  timeZone: string;
  onRescheduled: (next: Session, previous: Session) => void;
  onClose: () => void;
};

/** Moving a session: first a new free time, then the reason; the old session is cancelled by the server. */
export function RescheduleForm({ session, timeZone, onRescheduled, onClose }: Props) {
  const t = useT();
  const { locale } = useLocale();
  const [selected, setSelected] = useState<string | null>(null);
  const [reloadKey, setReloadKey] = useState(0);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const kind = kindName(t, session.kind);

  async function submit(reason: string) {
    if (!selected) return;
    setProblem(null);
    try {
      onRescheduled(await rescheduleSession(session.id, selected, reason), session);
    } catch (error) {
      // A time that is gone (taken, too soon) or a rule of the protocol: choose again from fresh times.
      if (isApiProblem(error) && (error.status === 409 || (error.messageFor('startsAt') && !error.messageFor('reason')))) {
        setProblem(error);
        setSelected(null);
        setReloadKey((key) => key + 1);
        return;
      }
      throw error;
    }
  }

  return (
    <div className="session__panel" data-testid={`reschedule-panel-${session.id}`}>
      <p className="confirm__question">
        {t('care.reschedule.heading', { kind, when: formatDateTimeIn(session.startsAt, locale, timeZone) })}
      </p>
      {problem && <BookingProblem problem={problem} testId={`reschedule-problem-${session.id}`} />}
      {problem?.messageFor('startsAt') && <p className="field__error">{problem.messageFor('startsAt')}</p>}
      <SlotPicker
        id={`reschedule-slots-${session.id}`}
        kind={session.kind}
        timeZone={timeZone}
        legend={t('care.reschedule.chooseTime')}
        selected={selected}
        onSelect={setSelected}
        reloadKey={reloadKey}
        testIdPrefix="reschedule-slot-"
        dayHeadingLevel={4}
      />
      {selected ? (
        <ReasonConfirmForm
          question={t('care.reschedule.question', { kind, when: formatDateTimeIn(selected, locale, timeZone) })}
          fieldId={`reschedule-reason-${session.id}`}
          label={t('care.reschedule.reason.label')}
          hint={t('care.reschedule.reason.hint', { min: REASON_MIN, max: REASON_MAX })}
          minLength={REASON_MIN}
          maxLength={REASON_MAX}
          validate={validateReason}
          submit={submit}
          testIds={{
            form: `reschedule-form-${session.id}`,
            problem: `reschedule-form-problem-${session.id}`,
            confirm: `confirm-reschedule-${session.id}`,
          }}
          confirmLabel={t('care.reschedule.confirm')}
          busyLabel={t('care.reschedule.moving')}
          onCancel={() => setSelected(null)}
        />
      ) : (
        <div className="actions">
          <Button variant="secondary" data-testid={`keep-time-${session.id}`} onClick={onClose}>
            {t('care.reschedule.keep')}
          </Button>
        </div>
      )}
    </div>
  );
}
