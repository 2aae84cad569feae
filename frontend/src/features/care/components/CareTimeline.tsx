import { useId } from 'react';
import { Link } from 'react-router-dom';
import { formatNumber, useLocale, useT } from '../../../lib/i18n';
import {
  bookableKind,
  dueFollowUps,
  followUpPath,
  INTEGRATION_WINDOW_HOURS,
  KIND_MINUTES,
  type CarePlan,
  type SessionKind,
} from '../api/care-api';
import { formatDateIn, formatDateTimeIn } from '../api/care-time';
import { statusName, timepointName } from './care-text';

const STAGES = ['PREPARATION', 'MEDICINE', 'INTEGRATION', 'FOLLOW_UP'] as const;
type Stage = (typeof STAGES)[number];
type StageState = 'DONE' | 'CURRENT' | 'UPCOMING';
const MARKS: Record<StageState, string> = { DONE: '✓', CURRENT: '●', UPCOMING: '○' };

function stageState(plan: CarePlan, stage: Stage, now: number): StageState {
  if (stage === 'FOLLOW_UP') {
    if (plan.followUps.length > 0 && plan.followUps.every((followUp) => followUp.completedAt)) return 'DONE';
    return dueFollowUps(plan.followUps, now).length > 0 ? 'CURRENT' : 'UPCOMING';
  }
  const sessions = plan.sessions.filter((session) => session.kind === stage);
  if (bookableKind(plan) === stage || sessions.some((session) => session.status === 'BOOKED')) return 'CURRENT';
  return sessions.some((session) => session.status === 'COMPLETED') ? 'DONE' : 'UPCOMING';
}

/**
 * The KAP protocol as a path: preparation, medicine session(s), integration within 96 hours, then
 * follow-ups at the end and after 3 and 6 months, with every session and follow-up as it stands.
 */
export function CareTimeline({ plan }: { plan: CarePlan }) {
  const t = useT();
  const { locale } = useLocale();
  const headingId = useId();
  const now = Date.now();
  const states = STAGES.map((stage) => stageState(plan, stage, now));
  const firstCurrent = states.indexOf('CURRENT');
  return (
    <section className="section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('care.timeline.heading')}</h2>
      <ol className="journey care-timeline" aria-labelledby={headingId} data-testid="care-timeline">
        {STAGES.map((stage, index) => {
          const state = states[index] ?? 'UPCOMING';
          return (
            <li
              key={stage}
              className={`journey__step journey__step--${state.toLowerCase()}`}
              aria-current={index === firstCurrent ? 'step' : undefined}
              data-stage={stage}
              data-state={state}
            >
              <span className="journey__mark" aria-hidden="true">
                {MARKS[state]}
              </span>
              <div className="journey__text">
                <h3 className="journey__title">
                  <span className="visually-hidden">{t('care.timeline.step', { number: index + 1 })} </span>
                  {t(`care.stage.${stage}.title`)}
                </h3>
                <p className="journey__status">{t(`care.stageState.${state}`)}</p>
                <p className="journey__description">
                  {stage === 'FOLLOW_UP'
                    ? t('care.stage.FOLLOW_UP.about')
                    : t(`care.stage.${stage}.about`, {
                        minutes: KIND_MINUTES[stage],
                        hours: formatNumber(INTEGRATION_WINDOW_HOURS, locale),
                      })}
                </p>
                {stage === 'FOLLOW_UP' ? <FollowUpEntries plan={plan} now={now} /> : <SessionEntries plan={plan} kind={stage} />}
              </div>
            </li>
          );
        })}
      </ol>
    </section>
  );
}

function SessionEntries({ plan, kind }: { plan: CarePlan; kind: SessionKind }) {
  const t = useT();
  const { locale } = useLocale();
  // Cancelled sessions are listed under "Earlier sessions"; the path shows what happened or will.
  const sessions = plan.sessions.filter((session) => session.kind === kind && session.status !== 'CANCELLED');
  if (sessions.length === 0) return null;
  return (
    <ul className="timeline-entries">
      {sessions.map((session) => (
        <li key={session.id} data-session-id={session.id} data-status={session.status}>
          {t('care.timeline.entry', {
            when: formatDateTimeIn(session.startsAt, locale, plan.memberTimeZone),
            status: statusName(t, session.status),
          })}
        </li>
      ))}
    </ul>
  );
}

function FollowUpEntries({ plan, now }: { plan: CarePlan; now: number }) {
  const t = useT();
  const { locale } = useLocale();
  if (plan.followUps.length === 0) return null;
  const date = (iso: string) => formatDateIn(iso, locale, plan.memberTimeZone);
  return (
    <ul className="timeline-entries">
      {plan.followUps.map((followUp) => {
        const name = timepointName(t, followUp.timepoint);
        const due = !followUp.completedAt && Date.parse(followUp.dueAt) <= now;
        const state = followUp.completedAt ? 'DONE' : due ? 'DUE' : 'UPCOMING';
        return (
          <li key={followUp.id} data-timepoint={followUp.timepoint} data-state={state}>
            {followUp.completedAt
              ? t('care.followUp.doneOn', { name, date: date(followUp.completedAt) })
              : due
                ? t('care.followUp.dueSince', { name, date: date(followUp.dueAt) })
                : t('care.followUp.dueOn', { name, date: date(followUp.dueAt) })}
            {due && (
              <>
                {' '}
                <Link to={followUpPath(followUp.timepoint)}>{t('care.followUp.answer')}</Link>
              </>
            )}
          </li>
        );
      })}
    </ul>
  );
}
