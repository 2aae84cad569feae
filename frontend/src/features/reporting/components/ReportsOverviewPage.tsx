import { useState } from 'react';
import { Button, ProblemAlert, QueryStatus } from '../../../components/ui';
import { isApiProblem, type ApiProblem } from '../../../lib/api-client';
import { formatDateTime, formatNumber, useLocale, useT } from '../../../lib/i18n';
import { usePageTitle } from '../../../lib/page-title';
import { useApiQuery } from '../../../lib/use-api-query';
import { STAGES } from '../api/metrics';
import { fetchReportsOverview, refreshReports } from '../api/reporting-api';
import type { RefreshStatus, ReportSeries, ReportsOverview } from '../api/types';
import { useReportFormat } from './report-format';
import { ReportCell } from './ReportTables';

const OVERVIEW_METRICS = ['ENROLLED', ...STAGES, 'SEATS_USED', 'SEATS_PURCHASED'] as const;

/** The operator's view: when reports were last published, a way to publish now, each programme's latest quarter. */
export function ReportsOverviewPage() {
  const t = useT();
  usePageTitle(t('reporting.overview.heading'));
  const overview = useApiQuery('reports-overview', fetchReportsOverview);
  const [refreshing, setRefreshing] = useState(false);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [done, setDone] = useState<RefreshStatus | null>(null);

  async function refreshNow(current: ReportsOverview) {
    setRefreshing(true);
    setProblem(null);
    setDone(null);
    try {
      const refresh = await refreshReports();
      overview.setData({ ...current, refresh });
      setDone(refresh);
      // Newly published quarters belong in the table too; the status above is already current.
      try {
        overview.setData(await fetchReportsOverview());
      } catch {
        // The table stays as it was; the next visit shows the new quarters.
      }
    } catch (error) {
      if (!isApiProblem(error)) throw error;
      setProblem(error);
    } finally {
      setRefreshing(false);
    }
  }

  return (
    <>
      <h1>{t('reporting.overview.heading')}</h1>
      <p className="lead">{t('reporting.overview.lead')}</p>
      {overview.status !== 'success' ? (
        <QueryStatus state={overview} />
      ) : (
        <>
          <section className="section" aria-labelledby="refresh-heading">
            <h2 id="refresh-heading">{t('reporting.overview.refresh.heading')}</h2>
            <RefreshStatusView refresh={overview.data.refresh} />
            <div className="actions">
              <Button
                data-testid="refresh-now"
                busy={refreshing || overview.data.refresh.running}
                onClick={() => refreshNow(overview.data)}
              >
                {refreshing ? t('reporting.overview.refresh.busy') : t('reporting.overview.refresh.now')}
              </Button>
            </div>
            <p role="status" className="status-message" data-testid="refresh-result">
              {done &&
                (done.running
                  ? t('reporting.overview.refresh.stillRunning')
                  : t('reporting.overview.refresh.done', { count: done.lastRunPublished }))}
            </p>
            {problem && <ProblemAlert problem={problem} testId="refresh-problem" />}
          </section>
          <section className="section" aria-labelledby="overview-heading">
            <h2 id="overview-heading">{t('reporting.overview.table.heading')}</h2>
            <p className="muted">{t('reporting.overview.table.note')}</p>
            <OverviewTable programmes={overview.data.programmes} />
          </section>
        </>
      )}
    </>
  );
}

function RefreshStatusView({ refresh }: { refresh: RefreshStatus }) {
  const t = useT();
  const { locale } = useLocale();
  return (
    <dl className="facts" data-testid="refresh-status" data-running={String(refresh.running)}>
      <dt>{t('reporting.overview.refresh.lastRun')}</dt>
      <dd data-testid="refresh-last-run">
        {refresh.lastRunAt ? formatDateTime(refresh.lastRunAt, locale) : t('reporting.overview.refresh.never')}
      </dd>
      <dt>{t('reporting.overview.refresh.published')}</dt>
      <dd data-testid="refresh-published">{formatNumber(refresh.lastRunPublished, locale)}</dd>
      <dt>{t('reporting.overview.refresh.state')}</dt>
      <dd>{refresh.running ? t('reporting.overview.refresh.running') : t('reporting.overview.refresh.idle')}</dd>
    </dl>
  );
}

function OverviewTable({ programmes }: { programmes: ReportSeries[] }) {
  const t = useT();
  const format = useReportFormat();
  if (programmes.length === 0) {
    return (
      <p className="muted" data-testid="overview-empty">
        {t('reporting.overview.table.empty')}
      </p>
    );
  }
  return (
    <div className="table-scroll" role="region" aria-labelledby="overview-caption" tabIndex={0}>
      <table className="table report-table" data-testid="overview-table">
        <caption id="overview-caption">{t('reporting.overview.table.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('reporting.overview.employer')}</th>
            <th scope="col">{t('reporting.overview.programme')}</th>
            <th scope="col">{t('reporting.overview.quarter')}</th>
            {OVERVIEW_METRICS.map((metric) => (
              <th key={metric} scope="col">
                {t(`reporting.metric.${metric}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {programmes.map((series) => {
            const latest = series.periods.at(-1);
            return (
              <tr key={series.programmeId} data-programme={series.programmeId}>
                <td>{series.employerName}</td>
                <th scope="row">{series.programmeName}</th>
                {latest ? (
                  <>
                    <td data-period={latest.period}>{format.period(latest.period)}</td>
                    {OVERVIEW_METRICS.map((metric) => (
                      <ReportCell key={metric} metric={metric} report={latest} />
                    ))}
                  </>
                ) : (
                  <td colSpan={OVERVIEW_METRICS.length + 1} className="muted" data-testid="no-quarter-yet">
                    {t('reporting.overview.table.noQuarter')}
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
