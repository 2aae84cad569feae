import { Link } from 'react-router-dom';
import { DataTable, QueryStatus } from '../../../components/ui';
import { useT } from '../../../lib/i18n';
import { useApiQuery } from '../../../lib/use-api-query';
import { fetchEmployers } from '../api/network-api';

export function EmployersTable() {
  const t = useT();
  const employers = useApiQuery('employers', fetchEmployers);
  if (employers.status !== 'success') return <QueryStatus state={employers} />;
  return (
    <DataTable
      caption={t('platform.employers.caption')}
      rows={employers.data}
      rowKey={(employer) => employer.id}
      emptyText={t('platform.employers.empty')}
      columns={[
        {
          header: t('platform.employers.displayName'),
          cell: (e) => <Link to={`/admin/employers/${encodeURIComponent(e.id)}`}>{e.displayName}</Link>,
        },
        { header: t('platform.employers.legalName'), cell: (e) => e.legalName },
        { header: t('platform.employers.status'), cell: (e) => t(`platform.employerStatus.${e.status}`) },
        { header: t('platform.employers.hrAdmins'), cell: (e) => e.hrAdminCount },
      ]}
    />
  );
}
