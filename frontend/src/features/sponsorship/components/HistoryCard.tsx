import { Card, DataTable, QueryStatus } from '../../../components/ui';
import { formatDateTime, useLocale, useT } from '../../../lib/i18n';
import { useApiQuery } from '../../../lib/use-api-query';
import { fetchHistory } from '../api/programme-api';

type Props = { programmeId: string; changes: number };

export function HistoryCard({ programmeId, changes }: Props) {
  const t = useT();
  const { locale } = useLocale();
  const history = useApiQuery(`history-${programmeId}-${changes}`, (signal) => fetchHistory(programmeId, signal));
  return (
    <Card title={t('sponsorship.history.heading')} testId="programme-history">
      {history.status !== 'success' ? (
        <QueryStatus state={history} />
      ) : (
        <DataTable
          caption={t('sponsorship.history.caption')}
          rows={history.data}
          rowKey={(entry) => `${entry.changedAt}-${entry.change}`}
          emptyText={t('sponsorship.history.empty')}
          columns={[
            { header: t('sponsorship.history.when'), cell: (e) => formatDateTime(e.changedAt, locale) },
            { header: t('sponsorship.history.who'), cell: (e) => e.changedBy },
            // Written by the server in English; shown as sent.
            { header: t('sponsorship.history.what'), cell: (e) => <span lang="en">{e.change}</span> },
          ]}
        />
      )}
    </Card>
  );
}
