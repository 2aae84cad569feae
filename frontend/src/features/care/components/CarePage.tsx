import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { CrisisResources } from '../../../components/crisis';
import { QueryStatus } from '../../../components/ui';
import { useLocale, useT } from '../../../lib/i18n';
import { usePageTitle } from '../../../lib/page-title';
import { useApiQuery } from '../../../lib/use-api-query';
import {
  bookableKind,
  bookedSessions,
  fetchCarePlan,
  withSession,
  type CarePlan,
  type Session,
} from '../api/care-api';
import { formatDateTimeIn, zoneLabel } from '../api/care-time';
import { BookingPanel } from './BookingPanel';
import { kindName } from './care-text';
import { CareReminders, FollowUpsDue, HoursLeft, IntegrationWindowNotice } from './CareNotices';
import { CareTimeline } from './CareTimeline';
import { PastSessions, UpcomingSessions } from './MemberSessions';

/** "My care": the member's path through the protocol, their hours, sessions and the next booking. */
export function CarePage() {
  const t = useT();
  usePageTitle(t('care.heading'));
  const plan = useApiQuery('care-plan', fetchCarePlan);
  return (
    <div data-testid="care-page">
      <h1 data-testid="care-heading">{t('care.heading')}</h1>
      {plan.status === 'success' ? (
        plan.data.status === 'NO_THERAPIST' ? (
          <NoTherapist />
        ) : plan.data.status === 'ENDED' ? (
          <CareEnded plan={plan.data} />
        ) : (
          <CareView plan={plan.data} setPlan={plan.setData} />
        )
      ) : (
        <QueryStatus state={plan} />
      )}
      <CrisisResources />
    </div>
  );
}

function NoTherapist() {
  const t = useT();
  return (
    <div data-testid="care-no-therapist">
      <p className="lead">{t('care.noTherapist.text')}</p>
      <p>{t('care.noTherapist.meanwhile')}</p>
      <p>
        <Link to="/member/therapist" data-testid="care-therapist-link">
          {t('care.noTherapist.link')}
        </Link>
      </p>
    </div>
  );
}

/** Care through the benefit is over: what happened stays readable, follow-ups stay answerable, nothing can be booked. */
function CareEnded({ plan }: { plan: CarePlan }) {
  const t = useT();
  return (
    <div data-testid="care-ended">
      <p className="lead">{t('care.ended.text')}</p>
      <CareReminders plan={plan} />
      <FollowUpsDue plan={plan} />
      <PastSessions plan={plan} />
    </div>
  );
}

type Notice = { text: string; count: number };

function CareView({ plan, setPlan }: { plan: CarePlan; setPlan: (plan: CarePlan) => void }) {
  const t = useT();
  const { locale } = useLocale();
  const [notice, setNotice] = useState<Notice | null>(null);
  const [bookings, setBookings] = useState(0);
  const noticeBox = useRef<HTMLParagraphElement>(null);
  const refreshing = useRef<AbortController | null>(null);
  const zone = plan.memberTimeZone;

  useEffect(() => () => refreshing.current?.abort(), []);
  useEffect(() => {
    if (notice) noticeBox.current?.focus();
  }, [notice]);

  /** Hours, next step and reminders change with every booking: ask again, quietly, without a loading state. */
  function refresh() {
    refreshing.current?.abort();
    const controller = new AbortController();
    refreshing.current = controller;
    fetchCarePlan(controller.signal).then(
      (fresh) => {
        if (!controller.signal.aborted) setPlan(fresh);
      },
      () => {
        // The page keeps what it has; the next visit loads afresh.
      },
    );
  }

  function announce(text: string) {
    setNotice((previous) => ({ text, count: (previous?.count ?? 0) + 1 }));
  }

  const sessionWords = (session: Session) => ({
    kind: kindName(t, session.kind),
    when: formatDateTimeIn(session.startsAt, locale, zone),
  });

  function booked(session: Session) {
    setPlan({ ...plan, sessions: withSession(plan.sessions, session) });
    setBookings((count) => count + 1);
    announce(t('care.notice.booked', sessionWords(session)));
    refresh();
  }

  function cancelled(session: Session) {
    setPlan({ ...plan, sessions: withSession(plan.sessions, session) });
    announce(
      t(session.lateCancellation ? 'care.notice.cancelledLate' : 'care.notice.cancelled', sessionWords(session)),
    );
    refresh();
  }

  function rescheduled(next: Session, previous: Session) {
    const old: Session = { ...previous, status: 'CANCELLED', cancelledBy: 'MEMBER' };
    setPlan({ ...plan, sessions: withSession(withSession(plan.sessions, old), next) });
    announce(t('care.notice.rescheduled', sessionWords(next)));
    refresh();
  }

  const kind = bookableKind(plan);

  return (
    <>
      {plan.therapist && (
        <p className="lead" data-testid="care-therapist">
          {t('care.lead', { name: plan.therapist.displayName })}
        </p>
      )}
      <p data-testid="care-time-zone">{t('care.zone', { zone: zoneLabel(zone, locale) })}</p>
      {notice && (
        <p ref={noticeBox} tabIndex={-1} role="status" className="status-message" data-testid="care-notice">
          {notice.text}
        </p>
      )}
      <IntegrationWindowNotice plan={plan} />
      <CareReminders plan={plan} />
      <FollowUpsDue plan={plan} />
      <HoursLeft plan={plan} />
      <UpcomingSessions plan={plan} onCancelled={cancelled} onRescheduled={rescheduled} />
      {kind ? (
        <BookingPanel key={`${kind}-${bookings}`} plan={plan} kind={kind} onBooked={booked} />
      ) : (
        <NothingToBook plan={plan} />
      )}
      <CareTimeline plan={plan} />
      <PastSessions plan={plan} />
    </>
  );
}

function NothingToBook({ plan }: { plan: CarePlan }) {
  const t = useT();
  let key = 'care.book.none.done';
  if (bookedSessions(plan.sessions).length > 0) key = 'care.book.none.afterBooked';
  else if (plan.hoursRemaining < 1) key = 'care.book.none.noHours';
  return (
    <p className="note" data-testid="nothing-to-book">
      {t(key)}
    </p>
  );
}
