import { HrAccessPanel } from '../../../components/hr-access';
import { useT } from '../../../lib/i18n';
import { usePageTitle } from '../../../lib/page-title';

export function TeamPage() {
  const t = useT();
  usePageTitle(t('employer.team.heading'));
  return (
    <>
      <h1>{t('employer.team.heading')}</h1>
      <p className="lead">{t('employer.team.intro')}</p>
      <HrAccessPanel basePath="/api/employers/current" />
    </>
  );
}
