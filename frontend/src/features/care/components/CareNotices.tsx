import { useId, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { Card } from '../../../components/ui';
import { formatNumber, useLocale, useT } from '../../../lib/i18n';
import {
  dueFollowUps,
  FOLLOW_UP_INSTRUMENTS,
  followUpPath,
  INTEGRATION_WINDOW_HOURS,
  isKnown,
  REMINDER_KINDS,
  type CarePlan,
  type Reminder,
} from '../api/care-api';
import { formatDateIn, formatDateTimeIn } from '../api/care-time';
import { hoursText, timepointName } from './care-text';

/** The open, unbooked integration window: the deadline, prominently, and the way to book. */
export function IntegrationWindowNotice({ plan }: { plan: CarePlan }) {
  const t = useT();
  const { locale } = useLocale();
  const window = plan.integrationWindow;
  if (!window) return null;
  return (
    <div className="integration-window" data-testid="integration-window" data-closes-at={window.closesAt}>
      <Card title={t('care.window.heading')} tone="urgent">
        <p className="integration-window__deadline">
          {t('care.window.deadline', { deadline: formatDateTimeIn(window.closesAt, locale, plan.memberTimeZone) })}
        </p>
        <p>{t('care.window.why', { hours: formatNumber(INTEGRATION_WINDOW_HOURS, locale) })}</p>
        <p>
          <a href="#booking-panel" className="button button--primary" data-testid="integration-window-book">
            {t('care.window.book')}
          </a>
        </p>
      </Card>
    </div>
  );
}

/** What the care plan wants the member to know now, each as an announced alert. */
export function CareReminders({ plan }: { plan: CarePlan }) {
  if (plan.reminders.length === 0) return null;
  return (
    <div className="reminders" data-testid="care-reminders">
      {plan.reminders.map((reminder, index) => (
        <ReminderAlert key={`${reminder.kind}-${reminder.sessionId ?? ''}-${index}`} reminder={reminder} plan={plan} />
      ))}
    </div>
  );
}

function ReminderAlert({ reminder, plan }: { reminder: Reminder; plan: CarePlan }) {
  const t = useT();
  const { locale } = useLocale();
  const zone = plan.memberTimeZone;
  const session = plan.sessions.find((candidate) => candidate.id === reminder.sessionId);
  let title: string;
  let body: ReactNode;
  switch (isKnown(REMINDER_KINDS, reminder.kind) ? reminder.kind : null) {
    case 'INTEGRATION_WINDOW_CLOSING': {
      const deadline = session?.integrationDeadline ?? plan.integrationWindow?.closesAt;
      title = t('care.reminder.closing.title');
      body = (
        <p>
          {deadline
            ? t('care.reminder.closing.text', { deadline: formatDateTimeIn(deadline, locale, zone) })
            : t('care.reminder.closing.textNoDate')}{' '}
          {plan.integrationWindow && <a href="#booking-panel">{t('care.window.book')}</a>}
        </p>
      );
      break;
    }
    case 'INTEGRATION_WINDOW_MISSED':
      title = t('care.reminder.missed.title');
      body = (
        <p>
          {session
            ? t('care.reminder.missed.text', {
                date: formatDateIn(session.startsAt, locale, zone),
                hours: formatNumber(INTEGRATION_WINDOW_HOURS, locale),
              })
            : t('care.reminder.missed.textNoDate', { hours: formatNumber(INTEGRATION_WINDOW_HOURS, locale) })}
        </p>
      );
      break;
    case 'FOLLOW_UP_DUE': {
      const due = dueFollowUps(plan.followUps)[0];
      title = t('care.reminder.followUp.title');
      body = (
        <p>
          {t('care.reminder.followUp.text')}{' '}
          {due && (
            <Link to={followUpPath(due.timepoint)}>
              {t('care.followUp.answerNamed', { name: timepointName(t, due.timepoint) })}
            </Link>
          )}
        </p>
      );
      break;
    }
    case 'SESSION_CANCELLED_CARE_ENDED':
      title = t('care.reminder.careEnded.title');
      body = (
        <p>
          {session
            ? t('care.reminder.careEnded.text', { date: formatDateTimeIn(session.startsAt, locale, zone) })
            : t('care.reminder.careEnded.textNoDate')}
        </p>
      );
      break;
    default:
      title = t('care.reminder.other');
      body = <p>{formatDateTimeIn(reminder.at, locale, zone)}</p>;
  }
  return (
    <div role="alert" className="alert alert--info" data-testid="care-reminder" data-kind={reminder.kind}>
      <p className="alert__title">{title}</p>
      <div className="alert__body">{body}</div>
    </div>
  );
}

/** Follow-up questionnaires that are due now, each with the way to answer it. */
export function FollowUpsDue({ plan }: { plan: CarePlan }) {
  const t = useT();
  const { locale } = useLocale();
  const headingId = useId();
  const due = dueFollowUps(plan.followUps);
  if (due.length === 0) return null;
  return (
    <section className="card" id="follow-ups" aria-labelledby={headingId} data-testid="follow-ups-due">
      <h2 id={headingId} className="card__title">
        {t('care.followUps.heading')}
      </h2>
      <p>{t('care.followUps.lead')}</p>
      <ul className="plain-list">
        {due.map((followUp) => {
          const name = timepointName(t, followUp.timepoint);
          const left = followUp.remaining.length > 0 ? followUp.remaining.length : FOLLOW_UP_INSTRUMENTS.length;
          return (
            <li key={followUp.id} data-timepoint={followUp.timepoint}>
              <strong>{name}</strong>{' '}
              {t('care.followUp.dueSinceShort', { date: formatDateIn(followUp.dueAt, locale, plan.memberTimeZone) })}{' '}
              {t(left === 1 ? 'care.followUp.left.one' : 'care.followUp.left.other', { count: left })}{' '}
              <Link to={followUpPath(followUp.timepoint)} data-testid={`follow-up-link-${followUp.timepoint}`}>
                {t('care.followUp.answerNamed', { name })}
              </Link>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** "X of Y hours left", with what was used and booked. */
export function HoursLeft({ plan }: { plan: CarePlan }) {
  const t = useT();
  const { locale } = useLocale();
  const headingId = useId();
  const share = plan.packageHours > 0 ? Math.max(0, Math.min(100, (plan.hoursRemaining / plan.packageHours) * 100)) : 0;
  return (
    <section className="card" aria-labelledby={headingId} data-testid="care-hours">
      <h2 id={headingId} className="card__title">
        {t('care.hours.heading')}
      </h2>
      <p
        className="hours-left"
        data-testid="hours-remaining"
        data-remaining={plan.hoursRemaining}
        data-package={plan.packageHours}
      >
        {t('care.hours.left', {
          remaining: formatNumber(plan.hoursRemaining, locale),
          total: formatNumber(plan.packageHours, locale),
        })}
      </p>
      <span className="score__bar hours-left__bar" aria-hidden="true">
        <span className="score__fill" style={{ width: `${share}%` }} />
      </span>
      <p className="muted">
        {t('care.hours.used', {
          completed: hoursText(t, locale, plan.hoursCompleted),
          booked: hoursText(t, locale, plan.hoursBooked),
        })}
      </p>
      <p className="muted">{t('care.hours.rule')}</p>
    </section>
  );
}
