import { useId, useState } from 'react';
import { Button } from '../../../components/ui';
import { useLocale, useT } from '../../../lib/i18n';
import { bookedSessions, JOIN_OPENS_MINUTES, type CarePlan, type Session } from '../api/care-api';
import { formatDateTimeIn, hasStarted } from '../api/care-time';
import { CancelSessionForm } from './CancelSessionForm';
import { kindName } from './care-text';
import { useJoin } from './JoinControl';
import { RescheduleForm } from './RescheduleForm';
import { SessionFacts } from './SessionFacts';

type Open = { id: string; action: 'cancel' | 'reschedule' } | null;

type Props = {
  plan: CarePlan;
  onCancelled: (session: Session) => void;
  onRescheduled: (next: Session, previous: Session) => void;
};

/** The member's booked sessions with Join, Move and Cancel; one change is open at a time. */
export function UpcomingSessions({ plan, onCancelled, onRescheduled }: Props) {
  const t = useT();
  const headingId = useId();
  const [open, setOpen] = useState<Open>(null);
  const booked = bookedSessions(plan.sessions);
  return (
    <section className="section" aria-labelledby={headingId} data-testid="upcoming-sessions">
      <h2 id={headingId}>{t('care.upcoming.heading')}</h2>
      {booked.length === 0 ? (
        <p className="muted" data-testid="no-upcoming-sessions">
          {t('care.upcoming.empty')}
        </p>
      ) : (
        <ul className="session-list">
          {booked.map((session) => (
            <UpcomingSession
              key={session.id}
              session={session}
              plan={plan}
              open={open?.id === session.id ? open.action : null}
              onOpen={(action) => setOpen(action ? { id: session.id, action } : null)}
              onCancelled={(cancelled) => {
                setOpen(null);
                onCancelled(cancelled);
              }}
              onRescheduled={(next, previous) => {
                setOpen(null);
                onRescheduled(next, previous);
              }}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

type SessionProps = {
  session: Session;
  plan: CarePlan;
  open: 'cancel' | 'reschedule' | null;
  onOpen: (action: 'cancel' | 'reschedule' | null) => void;
  onCancelled: (session: Session) => void;
  onRescheduled: (next: Session, previous: Session) => void;
};

function UpcomingSession({ session, plan, open, onOpen, onCancelled, onRescheduled }: SessionProps) {
  const t = useT();
  const { locale } = useLocale();
  const timeZone = plan.memberTimeZone;
  const join = useJoin(session, 'member', timeZone);
  const started = hasStarted(session.startsAt);
  const ended = hasStarted(session.endsAt);
  const which = `${kindName(t, session.kind)}, ${formatDateTimeIn(session.startsAt, locale, timeZone)}`;

  return (
    <li className="session" data-testid={`session-${session.id}`} data-status={session.status} data-kind={session.kind}>
      <SessionFacts session={session} audience="member" timeZone={timeZone} />
      {ended ? (
        <p className="muted" data-testid={`awaiting-outcome-${session.id}`}>
          {t('care.upcoming.awaitingOutcome')}
        </p>
      ) : (
        <>
          <div className="actions">
            {join.button}
            {!started && (
              <>
                <Button
                  variant="secondary"
                  data-testid={`reschedule-${session.id}`}
                  aria-expanded={open === 'reschedule'}
                  aria-label={t('care.action.for', { action: t('care.reschedule.open'), session: which })}
                  onClick={() => onOpen(open === 'reschedule' ? null : 'reschedule')}
                >
                  {t('care.reschedule.open')}
                </Button>
                <Button
                  variant="secondary"
                  data-testid={`cancel-${session.id}`}
                  aria-expanded={open === 'cancel'}
                  aria-label={t('care.action.for', { action: t('care.cancel.open'), session: which })}
                  onClick={() => onOpen(open === 'cancel' ? null : 'cancel')}
                >
                  {t('care.cancel.open')}
                </Button>
              </>
            )}
          </div>
          <p className="muted note">{t('care.join.hint', { minutes: JOIN_OPENS_MINUTES })}</p>
          {join.feedback}
        </>
      )}
      {open === 'cancel' && (
        <CancelSessionForm
          session={session}
          audience="member"
          timeZone={timeZone}
          lateCancellationHours={plan.policy.lateCancellationHours}
          onCancelled={onCancelled}
          onClose={() => onOpen(null)}
        />
      )}
      {open === 'reschedule' && (
        <RescheduleForm session={session} timeZone={timeZone} onRescheduled={onRescheduled} onClose={() => onOpen(null)} />
      )}
    </li>
  );
}

/** Sessions that happened, were missed or were cancelled, newest first. */
export function PastSessions({ plan }: { plan: CarePlan }) {
  const t = useT();
  const headingId = useId();
  const past = plan.sessions
    .filter((session) => session.status !== 'BOOKED')
    .sort((a, b) => b.startsAt.localeCompare(a.startsAt));
  if (past.length === 0) return null;
  return (
    <section className="section" aria-labelledby={headingId} data-testid="past-sessions">
      <h2 id={headingId}>{t('care.past.heading')}</h2>
      <ul className="session-list">
        {past.map((session) => (
          <li
            key={session.id}
            className="session"
            data-testid={`session-${session.id}`}
            data-status={session.status}
            data-kind={session.kind}
          >
            <SessionFacts session={session} audience="member" timeZone={plan.memberTimeZone} />
          </li>
        ))}
      </ul>
    </section>
  );
}
