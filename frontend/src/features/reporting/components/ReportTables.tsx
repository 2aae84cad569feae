import { useId, type ReactNode } from 'react';
import { CellValue } from '../../../components/ui';
import { useT } from '../../../lib/i18n';
import {
  ENROLMENT_METRICS,
  INSTRUMENTS,
  OUTCOME_STATS,
  TIMEPOINTS,
  USAGE_METRICS,
  outcomeMetric,
  type Instrument,
  type Timepoint,
} from '../api/metrics';
import type { PublishedReport } from '../api/types';
import { useReportFormat } from './report-format';

type CellProps = { metric: string; report: PublishedReport };

/**
 * One published cell, exactly as the server sent it: the number, "Fewer than 11" or "Not enough
 * responses". `data-metric`, `data-period` and `data-status` let tests and scripts find it.
 */
export function ReportCell({ metric, report }: CellProps) {
  const t = useT();
  const format = useReportFormat();
  const cell = report.cells[metric];
  return (
    <td data-metric={metric} data-period={report.period} data-status={cell?.status ?? 'MISSING'}>
      {cell ? <CellValue cell={cell} format={format.value(metric)} /> : <NoValue text={t('reporting.table.notReported')} />}
    </td>
  );
}

function NoValue({ text }: { text: string }) {
  return (
    <>
      <span aria-hidden="true">—</span>
      <span className="visually-hidden">{text}</span>
    </>
  );
}

type FrameProps = { caption: string; testId: string; children: ReactNode };

/** A captioned table in a scroll region that keyboard users can focus on narrow screens. */
function TableFrame({ caption, testId, children }: FrameProps) {
  const captionId = useId();
  return (
    <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="table report-table" data-testid={testId}>
        <caption id={captionId}>{caption}</caption>
        {children}
      </table>
    </div>
  );
}

type MetricTableProps = { caption: string; testId: string; metrics: readonly string[]; periods: PublishedReport[] };

/** Measures down the side, periods across (as on the chart's axis). */
export function MetricTable({ caption, testId, metrics, periods }: MetricTableProps) {
  const t = useT();
  const format = useReportFormat();
  return (
    <TableFrame caption={caption} testId={testId}>
      <thead>
        <tr>
          <th scope="col">{t('reporting.table.measure')}</th>
          {periods.map((report) => (
            <th key={report.period} scope="col" data-period={report.period}>
              {format.period(report.period)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {metrics.map((metric) => (
          <tr key={metric} data-metric={metric}>
            <th scope="row">{t(`reporting.metric.${metric}`)}</th>
            {periods.map((report) => (
              <ReportCell key={report.period} metric={metric} report={report} />
            ))}
          </tr>
        ))}
      </tbody>
    </TableFrame>
  );
}

type TableProps = { periods: PublishedReport[]; testId?: string; caption?: string };

export function StagesTable({ periods, testId = 'table-stages', caption }: TableProps) {
  const t = useT();
  return (
    <MetricTable
      caption={caption ?? t('reporting.stages.caption')}
      testId={testId}
      metrics={ENROLMENT_METRICS}
      periods={periods}
    />
  );
}

export function UsageTable({ periods, testId = 'table-usage', caption }: TableProps) {
  const t = useT();
  return (
    <MetricTable caption={caption ?? t('reporting.usage.caption')} testId={testId} metrics={USAGE_METRICS} periods={periods} />
  );
}

const OUTCOME_ROWS: ReadonlyArray<Timepoint | 'BASELINE'> = ['BASELINE', ...TIMEPOINTS];

/**
 * Per questionnaire: everyone with a baseline, then the 3- and 6-month follow-ups. With several
 * periods, each period is its own group of rows.
 */
export function OutcomesTable({ periods, testId = 'table-outcomes', caption }: TableProps) {
  const t = useT();
  const format = useReportFormat();
  const grouped = periods.length > 1;
  return (
    <TableFrame caption={caption ?? t('reporting.outcomes.caption')} testId={testId}>
      <thead>
        <tr>
          <th scope="col">{t('reporting.outcomes.row')}</th>
          {OUTCOME_STATS.map((stat) => (
            <th key={stat} scope="col">
              {t(`reporting.stat.${stat}`)}
            </th>
          ))}
        </tr>
      </thead>
      {periods.map((report) => (
        <tbody key={report.period} data-period={report.period}>
          {grouped && (
            <tr>
              <th scope="rowgroup" colSpan={OUTCOME_STATS.length + 1} className="report-table__group">
                {format.period(report.period)}
              </th>
            </tr>
          )}
          {INSTRUMENTS.flatMap((instrument) =>
            OUTCOME_ROWS.map((timepoint) => (
              <OutcomeRow key={`${instrument}-${timepoint}`} instrument={instrument} timepoint={timepoint} report={report} />
            )),
          )}
        </tbody>
      ))}
    </TableFrame>
  );
}

type RowProps = { instrument: Instrument; timepoint: Timepoint | 'BASELINE'; report: PublishedReport };

function OutcomeRow({ instrument, timepoint, report }: RowProps) {
  const t = useT();
  return (
    <tr data-instrument={instrument} data-timepoint={timepoint}>
      <th scope="row">
        {t('reporting.outcomes.rowLabel', {
          instrument: t(`reporting.instrument.${instrument}`),
          timepoint: t(`reporting.timepoint.${timepoint}`),
        })}
      </th>
      {OUTCOME_STATS.map((stat) => {
        const metric = outcomeMetric(instrument, timepoint, stat);
        return metric ? (
          <ReportCell key={stat} metric={metric} report={report} />
        ) : (
          <td key={stat} data-period={report.period} data-status="NOT_APPLICABLE">
            <NoValue text={t('reporting.table.notApplicable')} />
          </td>
        );
      })}
    </tr>
  );
}

/** The three tables of one or more published periods: the print page and the member's view. */
export function ReportTables({ periods, idPrefix = '' }: { periods: PublishedReport[]; idPrefix?: string }) {
  return (
    <div className="report-tables">
      <StagesTable periods={periods} testId={`${idPrefix}table-stages`} />
      <UsageTable periods={periods} testId={`${idPrefix}table-usage`} />
      <OutcomesTable periods={periods} testId={`${idPrefix}table-outcomes`} />
    </div>
  );
}
