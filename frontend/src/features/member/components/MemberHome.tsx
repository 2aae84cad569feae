import { Card, QueryStatus } from '../../../components/ui';
import { usePageTitle } from '../../../lib/page-title';
import { useT } from '../../../lib/i18n';
import { useApiQuery } from '../../../lib/use-api-query';
import { fetchJourney } from '../api/journey-api';
import { CrisisResources } from './CrisisResources';
import { JourneySteps } from './JourneySteps';

export function MemberHome() {
  const t = useT();
  const journey = useApiQuery('journey', fetchJourney);
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
      <CrisisResources />
      <section className="section" aria-labelledby="journey-heading">
        <h2 id="journey-heading">{t('member.steps.heading')}</h2>
        {journey.status === 'success' ? <JourneySteps steps={journey.data.steps} /> : <QueryStatus state={journey} />}
      </section>
      <Card title={t('member.confidential.heading')} tone="promise">
        <p>{t('member.confidential.employer')}</p>
        <p>{t('member.confidential.providers')}</p>
        <p>{t('member.confidential.choice')}</p>
      </Card>
    </>
  );
}
