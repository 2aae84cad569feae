import { Link } from 'react-router-dom';
import { Card, QueryStatus } from '../../../components/ui';
import { usePageTitle } from '../../../lib/page-title';
import { useT } from '../../../lib/i18n';
import { useApiQuery } from '../../../lib/use-api-query';
import { fetchPractice } from '../api/practice-api';
import { AddLicenceForm } from './AddLicenceForm';
import { LicencesTable } from './LicencesTable';
import { PracticeFacts } from './PracticeFacts';
import { ProfileForm } from './ProfileForm';

export function ProviderHome() {
  const t = useT();
  const practice = useApiQuery('practice', fetchPractice);
  usePageTitle(t('provider.heading'));

  return (
    <>
      <h1 data-testid="home-heading">{t('provider.heading')}</h1>
      {practice.status === 'success' ? (
        <>
          <PracticeFacts practice={practice.data} />
          {practice.data.kind === 'PSYCHOTHERAPIST' && <CareWork />}
          <section className="section" aria-labelledby="licences-heading">
            <h2 id="licences-heading">{t('provider.licences.heading')}</h2>
            <p className="muted">{t('provider.licences.why')}</p>
            <LicencesTable licences={practice.data.licences} />
            <AddLicenceForm
              onAdded={(licence) => practice.setData({ ...practice.data, licences: [...practice.data.licences, licence] })}
            />
          </section>
          <section className="section">
            <ProfileForm practice={practice.data} onSaved={(updated) => practice.setData(updated)} />
          </section>
        </>
      ) : (
        <QueryStatus state={practice} />
      )}
    </>
  );
}

/** Where a psychotherapist runs their sessions and sets the hours members can book. */
function CareWork() {
  const t = useT();
  return (
    <Card title={t('provider.careWork.heading')} testId="provider-care-work">
      <ul className="link-list">
        <li>
          <Link to="/provider/sessions" data-testid="provider-sessions-link">
            {t('provider.careWork.sessions')}
          </Link>
        </li>
        <li>
          <Link to="/provider/availability" data-testid="provider-availability-link">
            {t('provider.careWork.availability')}
          </Link>
        </li>
      </ul>
    </Card>
  );
}
