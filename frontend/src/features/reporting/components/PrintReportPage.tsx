import { Link, useSearchParams } from 'react-router-dom';
import { Button, QueryStatus } from '../../../components/ui';
import { formatCalendarDate, formatDateTime, useLocale, useT } from '../../../lib/i18n';
import { usePageTitle } from '../../../lib/page-title';
import { useApiQuery } from '../../../lib/use-api-query';
import { fetchReportSeries } from '../api/reporting-api';
import type { ReportSeries } from '../api/types';
import { DisclosureExplainer } from './DisclosureExplainer';
import { useReportFormat } from './report-format';
import { OutcomesTable, StagesTable, UsageTable } from './ReportTables';

/**
 * `/hr/reports/print?programme=<id>&period=<YYYY-Qn>`: one quarter's tables on paper. Without a
 * period it shows the latest published quarter.
 */
export function PrintReportPage() {
  const t = useT();
  const [params] = useSearchParams();
  const programmeId = params.get('programme') ?? '';
  const period = params.get('period');
  usePageTitle(t('reporting.print.pageTitle'));
  const series = useApiQuery(`report-print-${programmeId}`, (signal) => fetchReportSeries(programmeId, 'QUARTER', signal));
  const back = `/hr/reports?programme=${encodeURIComponent(programmeId)}&granularity=QUARTER`;

  return (
    <>
      <p className="breadcrumb no-print">
        <Link to={back}>{t('reporting.print.back')}</Link>
      </p>
      {series.status !== 'success' ? (
        <>
          <h1>{t('reporting.print.pageTitle')}</h1>
          <QueryStatus state={series} />
        </>
      ) : (
        <QuarterReport series={series.data} period={period} />
      )}
    </>
  );
}

function QuarterReport({ series, period }: { series: ReportSeries; period: string | null }) {
  const t = useT();
  const { locale } = useLocale();
  const format = useReportFormat();
  const report = period ? series.periods.find((p) => p.period === period) : series.periods.at(-1);

  if (!report) {
    return (
      <div className="narrow">
        <h1>{t('reporting.print.pageTitle')}</h1>
        <p data-testid="report-not-published">
          {period ? t('reporting.print.notPublished', { period: format.period(period) }) : t('reporting.empty.QUARTER')}
        </p>
      </div>
    );
  }

  const heading = t('reporting.print.heading', { period: format.period(report.period) });
  return (
    <article className="printable report-print" data-testid="printable-report" data-period={report.period}>
      <h1>{heading}</h1>
      <p className="lead">
        {series.employerName} · {series.programmeName}
      </p>
      <dl className="facts">
        <dt>{t('reporting.print.period')}</dt>
        <dd>
          {t('reporting.print.dates', {
            start: formatCalendarDate(report.periodStart, locale),
            end: formatCalendarDate(report.periodEnd, locale),
          })}
        </dd>
        <dt>{t('reporting.print.publishedAt')}</dt>
        <dd>{formatDateTime(report.publishedAt, locale)}</dd>
      </dl>
      <div className="actions no-print">
        <Button onClick={() => window.print()} data-testid="print-button">
          {t('ui.print')}
        </Button>
      </div>
      <DisclosureExplainer privacy={series.privacy} />
      <section className="report-print__section" aria-labelledby="print-stages">
        <h2 id="print-stages">{t('reporting.stages.heading')}</h2>
        <StagesTable periods={[report]} />
      </section>
      <section className="report-print__section" aria-labelledby="print-usage">
        <h2 id="print-usage">{t('reporting.usage.heading')}</h2>
        <UsageTable periods={[report]} />
      </section>
      <section className="report-print__section report-print__section--new-page" aria-labelledby="print-outcomes">
        <h2 id="print-outcomes">{t('reporting.outcomes.heading')}</h2>
        <p className="muted">{t('reporting.outcomes.description')}</p>
        <OutcomesTable periods={[report]} />
      </section>
    </article>
  );
}
