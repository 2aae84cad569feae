import { QueryStatus } from '../../../components/ui';
import { formatNumber, useLocale, useT } from '../../../lib/i18n';
import { useApiQuery } from '../../../lib/use-api-query';
import { fetchMyEmployerReports } from '../api/reporting-api';
import type { ReportSeries } from '../api/types';
import { ReportTables } from './ReportTables';

/**
 * For a signed-in member: the quarterly report(s) their employer's HR sees, in the very tables HR
 * gets, so they can check for themselves that nothing in it points at them.
 */
export function MemberEmployerReport() {
  const t = useT();
  const reports = useApiQuery('my-employer-reports', fetchMyEmployerReports);
  return (
    <section className="section member-report" aria-labelledby="member-employer-report" data-testid="member-employer-report">
      <h2 id="member-employer-report">{t('reporting.member.heading')}</h2>
      <p>{t('reporting.member.intro')}</p>
      {reports.status !== 'success' ? (
        <QueryStatus state={reports} />
      ) : reports.data.length === 0 ? (
        <p className="muted" data-testid="member-report-none">
          {t('reporting.member.none')}
        </p>
      ) : (
        reports.data.map((series) => <ProgrammeSeries key={series.programmeId} series={series} />)
      )}
    </section>
  );
}

function ProgrammeSeries({ series }: { series: ReportSeries }) {
  const t = useT();
  const { locale } = useLocale();
  return (
    <div className="member-report__programme" data-programme={series.programmeId}>
      <h3>{series.programmeName}</h3>
      {series.periods.length === 0 ? (
        <p className="muted" data-testid="member-report-empty">
          {t('reporting.empty.QUARTER')}
        </p>
      ) : (
        <>
          <p className="muted note">
            {t('reporting.member.noise', { epsilon: formatNumber(series.privacy.epsilonPerPeriod, locale) })}
          </p>
          <ReportTables periods={series.periods} idPrefix={`${series.programmeId}-`} />
        </>
      )}
    </div>
  );
}
