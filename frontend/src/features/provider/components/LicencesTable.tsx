import { DataTable, StatusBadge } from '../../../components/ui';
import { formatCalendarDate, useLocale, useT } from '../../../lib/i18n';
import type { Licence, LicenceStatus } from '../api/practice-api';

const TONE: Record<LicenceStatus, 'positive' | 'neutral' | 'warning'> = {
  VERIFIED: 'positive',
  PENDING: 'neutral',
  REJECTED: 'warning',
};

const statusOf = (licence: Licence): LicenceStatus => licence.status ?? (licence.verified ? 'VERIFIED' : 'PENDING');

export function LicencesTable({ licences }: { licences: Licence[] }) {
  const t = useT();
  const { locale } = useLocale();
  return (
    <DataTable
      caption={t('provider.licences.caption')}
      rows={licences}
      rowKey={(licence) => licence.id ?? `${licence.state}-${licence.licenceType}-${licence.number}`}
      rowData={(licence) => ({ 'data-licence-status': statusOf(licence) })}
      emptyText={t('provider.licences.empty')}
      testId="provider-licences"
      columns={[
        { header: t('provider.licences.state'), cell: (l) => l.state },
        { header: t('provider.licences.type'), cell: (l) => l.licenceType },
        { header: t('provider.licences.number'), cell: (l) => l.number },
        { header: t('provider.licences.expires'), cell: (l) => formatCalendarDate(l.expiresOn, locale) },
        {
          header: t('provider.licences.status'),
          cell: (l) => {
            const status = statusOf(l);
            return (
              <>
                <StatusBadge tone={TONE[status]}>{t(`provider.licences.status.${status}`)}</StatusBadge>
                {status === 'REJECTED' && l.rejectionReason && (
                  <span className="cell__sub">{t('provider.licences.rejectionReason', { reason: l.rejectionReason })}</span>
                )}
              </>
            );
          },
        },
        {
          header: t('provider.licences.validToday'),
          cell: (l) => ((l.validToday ?? l.verified) ? t('provider.licences.validYes') : t('provider.licences.validNo')),
        },
      ]}
    />
  );
}
