import { Link } from 'react-router-dom';
import { Card, QueryStatus } from '../../../components/ui';
import { useT } from '../../../lib/i18n';
import { useApiQuery } from '../../../lib/use-api-query';
import { fetchProgrammes } from '../api/programme-api';

/** The HR home's short view of the programmes, with the way in. */
export function ProgrammesSummary() {
  const t = useT();
  const programmes = useApiQuery('programmes', fetchProgrammes);
  return (
    <Card title={t('sponsorship.summary.heading')} testId="programmes-summary">
      {programmes.status !== 'success' ? (
        <QueryStatus state={programmes} />
      ) : (
        <p>
          {t('sponsorship.summary.counts', {
            active: programmes.data.filter((p) => p.status === 'ACTIVE').length,
            draft: programmes.data.filter((p) => p.status === 'DRAFT').length,
          })}
        </p>
      )}
      <p>
        <Link to="/hr/programmes">{t('sponsorship.summary.link')}</Link>
      </p>
    </Card>
  );
}
