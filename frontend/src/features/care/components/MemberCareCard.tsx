import { Link } from 'react-router-dom';
import { Card, QueryStatus } from '../../../components/ui';
import { formatNumber, useLocale, useT } from '../../../lib/i18n';
import { useApiQuery } from '../../../lib/use-api-query';
import { bookableKind, bookedSessions, dueFollowUps, fetchCarePlan, type CarePlan } from '../api/care-api';
import { formatDateTimeIn } from '../api/care-time';
import { kindName, timepointName } from './care-text';

/**
 * The member's care in a few lines, for the member home: the next session or next step and the
 * hours left. Left out until a therapist has accepted (the therapist card speaks for that time).
 */
export function MemberCareCard() {
  const t = useT();
  const plan = useApiQuery('care-plan', fetchCarePlan);
  if (plan.status === 'loading') return null;
  if (plan.status === 'error') {
    if (plan.problem.status === 404 || plan.problem.status === 403) return null;
    return (
      <Card title={t('care.card.heading')} testId="care-card">
        <QueryStatus state={plan} />
      </Card>
    );
  }
  if (plan.data.status !== 'READY') return null;
  return (
    <Card title={t('care.card.heading')} testId="care-card">
      <CareSummary plan={plan.data} />
    </Card>
  );
}

function CareSummary({ plan }: { plan: CarePlan }) {
  const t = useT();
  const { locale } = useLocale();
  const zone = plan.memberTimeZone;
  const next = bookedSessions(plan.sessions).find((session) => Date.parse(session.endsAt) > Date.now());
  const kind = bookableKind(plan);
  const due = dueFollowUps(plan.followUps)[0];

  let line: string;
  let state: string;
  if (next) {
    state = 'SESSION';
    line = t('care.card.next', {
      kind: kindName(t, next.kind),
      when: formatDateTimeIn(next.startsAt, locale, zone),
      name: next.therapistName,
    });
  } else if (plan.integrationWindow) {
    state = 'INTEGRATION_WINDOW';
    line = t('care.card.window', { deadline: formatDateTimeIn(plan.integrationWindow.closesAt, locale, zone) });
  } else if (kind) {
    state = 'BOOK';
    line = plan.nextStep === 'MEDICINE_OR_DONE' ? t('care.card.another') : t('care.card.book', { kind: kindName(t, kind) });
  } else if (due) {
    state = 'FOLLOW_UP';
    line = t('care.card.followUp', { name: timepointName(t, due.timepoint) });
  } else {
    state = 'NONE';
    line = t('care.card.nothing');
  }

  return (
    <>
      <p data-testid="care-card-next" data-state={state}>
        {line}
      </p>
      <p data-testid="care-card-hours">
        {t('care.hours.left', {
          remaining: formatNumber(plan.hoursRemaining, locale),
          total: formatNumber(plan.packageHours, locale),
        })}
      </p>
      <p>
        <Link to="/member/care" data-testid="care-card-link">
          {t('care.card.link')}
        </Link>
      </p>
    </>
  );
}
