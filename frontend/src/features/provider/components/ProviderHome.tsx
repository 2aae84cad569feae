import { QueryStatus } from '../../../components/ui';
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
