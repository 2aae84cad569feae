import { Link } from 'react-router-dom';
import { usePageTitle } from '../../../lib/page-title';
import { useT } from '../../../lib/i18n';
import { AuditCheckCard } from './AuditCheckCard';
import { EmployersTable } from './EmployersTable';
import { ProvidersTable } from './ProvidersTable';

export function PlatformHome() {
  const t = useT();
  usePageTitle(t('platform.heading'));
  return (
    <>
      <h1 data-testid="home-heading">{t('platform.heading')}</h1>
      <p className="lead">{t('platform.intro')}</p>
      <section aria-labelledby="employers-heading" className="section">
        <div className="section-heading">
          <h2 id="employers-heading">{t('platform.employers.heading')}</h2>
          <Link to="/admin/employers/new" className="button button--primary" data-testid="add-employer">
            {t('platform.employers.add')}
          </Link>
        </div>
        <EmployersTable />
      </section>
      <section aria-labelledby="providers-heading" className="section">
        <div className="section-heading">
          <h2 id="providers-heading">{t('platform.providers.heading')}</h2>
          <Link to="/admin/providers" className="button button--primary" data-testid="invite-provider">
            {t('platform.providers.invite')}
          </Link>
        </div>
        <ProvidersTable />
      </section>
      <AuditCheckCard />
    </>
  );
}
