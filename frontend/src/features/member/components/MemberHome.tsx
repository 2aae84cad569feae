import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { Card, QueryStatus } from '../../../components/ui';
import { CrisisResources } from '../../../components/crisis';
import { usePageTitle } from '../../../lib/page-title';
import { useT } from '../../../lib/i18n';
import { useApiQuery } from '../../../lib/use-api-query';
import { fetchMyEnrolment } from '../api/enrolment-api';
import { fetchJourney, type Journey, type JourneyStepKey } from '../api/journey-api';
import { EnrolmentSummary } from './EnrolmentSummary';
import { JourneySteps } from './JourneySteps';
import { LocationUnsupported } from './LocationUnsupported';

/** `children`: cards the app adds from other features (e.g. medical clearance), under the next step. */
export function MemberHome({ children }: { children?: ReactNode }) {
  const t = useT();
  const journey = useApiQuery('journey', fetchJourney);
  const enrolment = useApiQuery('my-enrolment', fetchMyEnrolment);
  usePageTitle(t('member.heading'));

  return (
    <>
      <h1 data-testid="home-heading">{t('member.heading')}</h1>
      {journey.status === 'success' && (
        <p className="lead">
          {t('member.greeting', { pseudonym: journey.data.pseudonym })}{' '}
          {t('member.sponsoredBy', { employer: journey.data.sponsorDisplayName })}
        </p>
      )}
      {journey.status === 'success' && <NextStep steps={journey.data.steps} />}
      {children}
      {enrolment.status === 'success' && !enrolment.data.stateSupported && <LocationUnsupported />}
      <CrisisResources />
      <section className="section" aria-labelledby="journey-heading">
        <h2 id="journey-heading">{t('member.steps.heading')}</h2>
        {journey.status === 'success' ? <JourneySteps steps={journey.data.steps} /> : <QueryStatus state={journey} />}
      </section>
      {enrolment.status === 'success' && <EnrolmentSummary enrolment={enrolment.data} />}
      {/* An account from before enrolment existed has no enrolment record (404): nothing to show then. */}
      {enrolment.status === 'error' && enrolment.problem.status !== 404 && <QueryStatus state={enrolment} />}
      <Card title={t('member.confidential.heading')} tone="promise">
        <p>{t('member.confidential.employer')}</p>
        <p>{t('member.confidential.providers')}</p>
        <p>{t('member.confidential.choice')}</p>
      </Card>
    </>
  );
}

/** Where the member acts next, for the steps that happen in the portal. */
const NEXT_STEP_PATHS: Partial<Record<JourneyStepKey, string>> = {
  consent: '/member/consents',
  screening: '/member/screening',
};

function NextStep({ steps }: { steps: Journey['steps'] }) {
  const t = useT();
  const current = steps.find((step) => step.status === 'CURRENT' && NEXT_STEP_PATHS[step.key]);
  if (!current) return null;
  return (
    <Card title={t('member.next.heading')} testId="next-step">
      <p>{t(`member.next.${current.key}.text`)}</p>
      <p>
        <Link
          to={NEXT_STEP_PATHS[current.key] ?? '/member'}
          className="button button--primary"
          data-testid="next-step-link"
          data-step={current.key}
        >
          {t(`member.next.${current.key}.action`)}
        </Link>
      </p>
    </Card>
  );
}
