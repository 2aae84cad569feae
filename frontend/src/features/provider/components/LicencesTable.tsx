import { DataTable } from '../../../components/ui';
import { formatCalendarDate, useLocale, useT } from '../../../lib/i18n';
import type { Licence } from '../api/practice-api';

export function LicencesTable({ licences }: { licences: Licence[] }) {
  const t = useT();
  const { locale } = useLocale();
  return (
    <DataTable
      caption={t('provider.licences.caption')}
      rows={licences}
      rowKey={(licence) => `${licence.state}-${licence.licenceType}-${licence.number}`}
      emptyText={t('provider.licences.empty')}
      columns={[
        { header: t('provider.licences.state'), cell: (l) => l.state },
        { header: t('provider.licences.type'), cell: (l) => l.licenceType },
        { header: t('provider.licences.number'), cell: (l) => l.number },
        { header: t('provider.licences.expires'), cell: (l) => formatCalendarDate(l.expiresOn, locale) },
        {
          header: t('provider.licences.verified'),
          cell: (l) => (l.verified ? t('provider.licences.verifiedYes') : t('provider.licences.verifiedNo')),
        },
      ]}
    />
  );
}
