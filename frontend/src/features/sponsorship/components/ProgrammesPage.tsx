import { Link } from 'react-router-dom';
import { CellValue, DataTable, QueryStatus } from '../../../components/ui';
import { formatCalendarDate, formatNumber, useLocale, useT } from '../../../lib/i18n';
import { usePageTitle } from '../../../lib/page-title';
import { useApiQuery } from '../../../lib/use-api-query';
import { fetchProgrammes } from '../api/programme-api';
import { ProgrammeStatusBadge } from './ProgrammeStatusBadge';

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
            { header: t('sponsorship.seats.inUse'), cell: (p) => <CellValue cell={p.seatUsage.inUse} /> },
          ]}
        />
      )}
    </>
  );
}
