import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router-dom';
import { CrisisResources } from '../../../components/crisis';
import { Card, QueryStatus } from '../../../components/ui';
import { useLocale, useT } from '../../../lib/i18n';
import { usePageTitle } from '../../../lib/page-title';
import { useApiQuery } from '../../../lib/use-api-query';
import {
  fetchCarePlan,
  FOLLOW_UP_INSTRUMENTS,
  parseTimepoint,
  type FollowUp,
  type FollowUpInstrument,
  type FollowUpTimepoint,
} from '../api/care-api';
import { formatDateIn } from '../api/care-time';
import { timepointName } from './care-text';

/** What the app hands the questionnaires (the screening feature's, wired in by the app). */
export type FollowUpQuestionnairesProps = {
  timepoint: FollowUpTimepoint;
  instruments: readonly FollowUpInstrument[];
  completed: readonly FollowUpInstrument[];
  renderComplete: () => ReactNode;
};

type Props = { questionnaires: (props: FollowUpQuestionnairesProps) => ReactNode };

/** A follow-up (end of treatment, 3 or 6 months): PHQ-9, GAD-7 and PCL-5 again, skipping what is answered. */
export function FollowUpPage({ questionnaires }: Props) {
  const t = useT();
  const { timepoint: param } = useParams();
  const timepoint = parseTimepoint(param);
  const plan = useApiQuery('care-plan', fetchCarePlan);
  const heading = timepoint
    ? t('care.followUpPage.heading', { name: timepointName(t, timepoint) })
    : t('care.followUpPage.fallbackHeading');
  usePageTitle(heading);

  let content: ReactNode;
  if (!timepoint) {
    content = <Unavailable textKey="care.followUpPage.unknown" />;
  } else if (plan.status !== 'success') {
    content = <QueryStatus state={plan} />;
  } else {
    const followUp = plan.data.followUps.find((candidate) => candidate.timepoint === timepoint);
    content = followUp ? (
      <FollowUpContent followUp={followUp} timeZone={plan.data.memberTimeZone} questionnaires={questionnaires} />
    ) : (
      <Unavailable textKey="care.followUpPage.notOpen" />
    );
  }

  return (
    <div data-testid="follow-up-page" data-timepoint={timepoint ?? ''}>
      <p className="breadcrumb">
        <Link to="/member/care">{t('care.followUpPage.back')}</Link>
      </p>
      <h1 data-testid="follow-up-heading">{heading}</h1>
      {content}
      <CrisisResources />
    </div>
  );
}

type ContentProps = { followUp: FollowUp; timeZone: string; questionnaires: Props['questionnaires'] };

function FollowUpContent({ followUp, timeZone, questionnaires }: ContentProps) {
  const t = useT();
  const { locale } = useLocale();
  const remaining = FOLLOW_UP_INSTRUMENTS.filter((instrument) => followUp.remaining.includes(instrument));
  if (followUp.completedAt || remaining.length === 0) {
    return (
      <div data-testid="follow-up-done">
        <p className="lead">{t('care.followUpPage.alreadyDone')}</p>
        <FollowUpLinks />
      </div>
    );
  }
  if (Date.parse(followUp.dueAt) > Date.now()) {
    return (
      <div data-testid="follow-up-not-due">
        <p className="lead">{t('care.followUpPage.notDue', { date: formatDateIn(followUp.dueAt, locale, timeZone) })}</p>
        <p>
          <Link to="/member/care">{t('care.followUpPage.back')}</Link>
        </p>
      </div>
    );
  }
  return (
    <>
      <p className="lead">{t('care.followUpPage.lead')}</p>
      {questionnaires({
        timepoint: followUp.timepoint,
        instruments: FOLLOW_UP_INSTRUMENTS,
        completed: FOLLOW_UP_INSTRUMENTS.filter((instrument) => !remaining.includes(instrument)),
        renderComplete: () => <FollowUpComplete />,
      })}
    </>
  );
}

function FollowUpComplete() {
  const t = useT();
  return (
    <section className="section" data-testid="follow-up-complete" aria-labelledby="follow-up-complete-heading">
      <h2 id="follow-up-complete-heading">{t('care.followUpPage.complete.heading')}</h2>
      <Card title={t('care.followUpPage.complete.next')} tone="promise">
        <p>{t('care.followUpPage.complete.text')}</p>
        <FollowUpLinks />
      </Card>
    </section>
  );
}

function FollowUpLinks() {
  const t = useT();
  return (
    <ul className="link-list">
      <li>
        <Link to="/member/scores" data-testid="follow-up-scores-link">
          {t('care.followUpPage.scoresLink')}
        </Link>
      </li>
      <li>
        <Link to="/member/care">{t('care.followUpPage.back')}</Link>
      </li>
    </ul>
  );
}

function Unavailable({ textKey }: { textKey: string }) {
  const t = useT();
  return (
    <div data-testid="follow-up-unavailable">
      <p className="lead">{t(textKey)}</p>
      <p>
        <Link to="/member/care">{t('care.followUpPage.back')}</Link>
      </p>
    </div>
  );
}
