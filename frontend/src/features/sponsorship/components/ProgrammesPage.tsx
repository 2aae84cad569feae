import { Link } from 'react-router-dom';
import { CellValue, DataTable, QueryStatus } from '../../../components/ui';
import { formatCalendarDate, formatMonth, formatNumber, useLocale, useT } from '../../../lib/i18n';
import { usePageTitle } from '../../../lib/page-title';
import { useApiQuery } from '../../../lib/use-api-query';
import { fetchProgrammes } from '../api/programme-api';
import type { SeatUsage } from '../api/types';
import { ProgrammeStatusBadge } from './ProgrammeStatusBadge';
import { UsageReportNote } from './UsageReportNote';

export function ProgrammesPage() {
  const t = useT();
  const { locale } = useLocale();
  usePageTitle(t('sponsorship.list.heading'));
  const programmes = useApiQuery('programmes', fetchProgrammes);

  return (
    <>
      <div className="page-heading">
        <h1>{t('sponsorship.list.heading')}</h1>
        <Link to="/hr/programmes/new" className="button button--primary" data-testid="new-programme">
          {t('sponsorship.list.new')}
        </Link>
      </div>
      <p className="lead">{t('sponsorship.list.intro')}</p>
      {programmes.status !== 'success' ? (
        <QueryStatus state={programmes} />
      ) : (
        <>
          <DataTable
            caption={t('sponsorship.list.caption')}
            rows={programmes.data}
            rowKey={(programme) => programme.id}
            emptyText={t('sponsorship.list.empty')}
            columns={[
              {
                header: t('sponsorship.field.name'),
                cell: (p) => <Link to={`/hr/programmes/${encodeURIComponent(p.id)}`}>{p.name}</Link>,
              },
              { header: t('sponsorship.field.status'), cell: (p) => <ProgrammeStatusBadge status={p.status} /> },
              {
                header: t('sponsorship.field.dates'),
                cell: (p) =>
                  t('sponsorship.dates', {
                    start: formatCalendarDate(p.startsOn, locale),
                    end: formatCalendarDate(p.endsOn, locale),
                  }),
              },
              { header: t('sponsorship.seats.purchased'), cell: (p) => formatNumber(p.seatUsage.purchased, locale) },
              { header: t('sponsorship.seats.inUse'), cell: (p) => <SeatsInUse usage={p.seatUsage} /> },
            ]}
          />
          {programmes.data.length > 0 && <UsageReportNote />}
        </>
      )}
    </>
  );
}

/** Seats in use from the latest published month, or why there is no figure yet. */
function SeatsInUse({ usage }: { usage: SeatUsage }) {
  const t = useT();
  const { locale } = useLocale();
  if (!usage.asOf) {
    return <span data-testid="usage-not-published">{t('sponsorship.seats.notPublished')}</span>;
  }
  return (
    <>
      <CellValue cell={usage.inUse} />
      <span className="muted"> · {t('sponsorship.seats.asOf', { month: formatMonth(usage.asOf, locale) })}</span>
    </>
  );
}
