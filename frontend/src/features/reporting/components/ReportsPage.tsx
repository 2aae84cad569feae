import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { QueryStatus, SelectField } from '../../../components/ui';
import { formatDateTime, useLocale, useT } from '../../../lib/i18n';
import { usePageTitle } from '../../../lib/page-title';
import { useApiQuery } from '../../../lib/use-api-query';
import { fetchReportProgrammes, fetchReportSeries, reportCsvHref } from '../api/reporting-api';
import {
  GRANULARITIES,
  isGranularity,
  type Granularity,
  type PublishedReport,
  type ReportProgramme,
  type ReportSeries,
} from '../api/types';
import { ChartPanel } from './ChartPanel';
import { DisclosureExplainer } from './DisclosureExplainer';
import { outcomesChart, stagesChart, usageChart } from './report-charts';
import { useReportFormat } from './report-format';
import { OutcomesTable, StagesTable, UsageTable } from './ReportTables';

/** The HR admin's wellbeing reports (`/hr/reports?programme=<id>&granularity=MONTH|QUARTER`). */
export function ReportsPage() {
  const t = useT();
  usePageTitle(t('reporting.heading'));
  const programmes = useApiQuery('report-programmes', fetchReportProgrammes);

  return (
    <div data-testid="reports-page">
      <h1>{t('reporting.heading')}</h1>
      <p className="lead">{t('reporting.lead')}</p>
      {programmes.status !== 'success' ? (
        <QueryStatus state={programmes} />
      ) : programmes.data.length === 0 ? (
        <p className="muted" data-testid="no-programmes">
          {t('reporting.noProgrammes')}
        </p>
      ) : (
        <ReportChooser programmes={programmes.data} />
      )}
    </div>
  );
}

/** The programme and the period length; both live in the address, so a report can be linked to. */
function ReportChooser({ programmes }: { programmes: ReportProgramme[] }) {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const requested = params.get('granularity');
  const granularity: Granularity = isGranularity(requested) ? requested : 'MONTH';
  const wanted = params.get('programme');
  const programmeId = programmes.find((p) => p.programmeId === wanted)?.programmeId ?? programmes[0]?.programmeId ?? '';

  const choose = (nextProgramme: string, nextGranularity: Granularity) =>
    setParams({ programme: nextProgramme, granularity: nextGranularity }, { replace: true });

  return (
    <>
      <div className="report-controls">
        <SelectField
          id="report-programme"
          data-testid="programme-select"
          label={t('reporting.programme')}
          value={programmeId}
          options={programmes.map((p) => ({ value: p.programmeId, label: p.name }))}
          onValueChange={(value) => choose(value, granularity)}
        />
        <div className="field">
          <span className="field__label" id="report-granularity-label">
            {t('reporting.granularity')}
          </span>
          <div className="segmented" role="group" aria-labelledby="report-granularity-label">
            {GRANULARITIES.map((value) => (
              <button
                key={value}
                type="button"
                className="segmented__option"
                aria-pressed={granularity === value}
                data-testid={`granularity-${value}`}
                onClick={() => choose(programmeId, value)}
              >
                {t(`reporting.granularity.${value}`)}
              </button>
            ))}
          </div>
        </div>
      </div>
      <ProgrammeReport key={`${programmeId}-${granularity}`} programmeId={programmeId} granularity={granularity} />
    </>
  );
}

type ReportProps = { programmeId: string; granularity: Granularity };

function ProgrammeReport({ programmeId, granularity }: ReportProps) {
  const series = useApiQuery(`report-${programmeId}-${granularity}`, (signal) =>
    fetchReportSeries(programmeId, granularity, signal),
  );
  if (series.status !== 'success') return <QueryStatus state={series} />;
  return <SeriesView series={series.data} granularity={granularity} />;
}

function SeriesView({ series, granularity }: { series: ReportSeries; granularity: Granularity }) {
  const t = useT();
  const { locale } = useLocale();
  const format = useReportFormat();
  const latest = series.periods.at(-1);
  const printHref =
    `/hr/reports/print?programme=${encodeURIComponent(series.programmeId)}` +
    (granularity === 'QUARTER' && latest ? `&period=${encodeURIComponent(latest.period)}` : '');

  return (
    <div className="report" data-granularity={granularity} data-programme={series.programmeId}>
      <DisclosureExplainer privacy={series.privacy} />
      {!latest ? (
        <p className="empty-state" data-testid="no-reports-yet">
          {t(granularity === 'QUARTER' ? 'reporting.empty.QUARTER' : 'reporting.empty.MONTH')}
        </p>
      ) : (
        <>
          <p data-testid="latest-period" data-period={latest.period}>
            {t('reporting.latest', {
              period: format.period(latest.period),
              publishedAt: formatDateTime(latest.publishedAt, locale),
            })}
          </p>
          <div className="actions">
            <a
              className="button button--secondary"
              href={reportCsvHref(series.programmeId, granularity)}
              download={`report-${series.programmeId}-${granularity.toLowerCase()}.csv`}
              data-testid="download-csv"
            >
              {t('reporting.csv')}
            </a>
            <Link className="button button--secondary" to={printHref} data-testid="print-report">
              {t('reporting.printLink')}
            </Link>
          </div>
          <Charts periods={series.periods} latest={latest} />
        </>
      )}
    </div>
  );
}

function Charts({ periods, latest }: { periods: PublishedReport[]; latest: PublishedReport }) {
  const t = useT();
  const format = useReportFormat();
  const [outcomePeriod, setOutcomePeriod] = useState(latest.period);
  const outcomeReport = periods.find((p) => p.period === outcomePeriod) ?? latest;
  const stages = stagesChart(periods, format, t);
  const usage = usageChart(periods, format, t);
  const outcomes = outcomesChart(outcomeReport, format, t);

  return (
    <>
      <ChartPanel
        id="stages"
        title={t('reporting.stages.heading')}
        description={t('reporting.stages.description')}
        charts={stages.charts}
        hasGaps={stages.hasGaps}
        table={<StagesTable periods={periods} />}
      />
      <ChartPanel
        id="usage"
        title={t('reporting.usage.heading')}
        description={t('reporting.usage.description')}
        charts={usage.charts}
        hasGaps={usage.hasGaps}
        table={<UsageTable periods={periods} />}
      />
      <ChartPanel
        id="outcomes"
        title={t('reporting.outcomes.heading')}
        description={t('reporting.outcomes.description')}
        controls={
          periods.length > 1 && (
            <div className="report-controls">
              <SelectField
                id="outcomes-period"
                data-testid="outcomes-period"
                label={t('reporting.outcomes.period')}
                value={outcomeReport.period}
                options={[...periods].reverse().map((p) => ({ value: p.period, label: format.period(p.period) }))}
                onValueChange={setOutcomePeriod}
              />
            </div>
          )
        }
        charts={outcomes.charts}
        hasGaps={outcomes.hasGaps}
        table={
          <OutcomesTable
            periods={[outcomeReport]}
            caption={t('reporting.outcomes.captionFor', { period: format.period(outcomeReport.period) })}
          />
        }
      />
    </>
  );
}
