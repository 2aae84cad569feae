import { INSTRUMENTS, STAGES, TIMEPOINTS } from '../api/metrics';
import type { PublishedReport } from '../api/types';
import type { ChartRow, ChartSeries } from './CategoryChart';
import type { ChartSpec } from './ChartPanel';
import type { useReportFormat } from './report-format';

type Format = ReturnType<typeof useReportFormat>;
type Translate = (key: string, params?: Record<string, string | number>) => string;

/** Distinct hues after Okabe–Ito (colour-blind safe), each at least 3:1 against white. */
const STAGE_COLOURS: Record<(typeof STAGES)[number], string> = {
  STAGE_SCREENING: '#0072B2',
  STAGE_AWAITING_CLEARANCE: '#B86E00',
  STAGE_PREPARATION: '#007A5A',
  STAGE_MEDICINE: '#A8558A',
  STAGE_COMPLETED: '#3D3D8F',
  STAGE_WITHDRAWN: '#6B6B6B',
};
const LINE_COLOUR = '#1d2a2f';
/** Each questionnaire's highest possible score, so its chart shows the whole scale. */
const SCALE_MAX: Record<(typeof INSTRUMENTS)[number], number> = { PHQ9: 27, GAD7: 21, PCL5: 80 };
const BASELINE_COLOUR = '#7A8A90';
const FOLLOW_UP_COLOUR = '#0f5257';

function rowsOf(periods: PublishedReport[], metrics: string[], format: Format): ChartRow[] {
  return periods.map((report) => ({
    label: format.period(report.period, 'short'),
    values: Object.fromEntries(metrics.map((metric) => [metric, format.plotted(report.cells[metric])])),
    texts: Object.fromEntries(metrics.map((metric) => [metric, format.text(metric, report.cells[metric])])),
  }));
}

const gapsIn = (charts: ChartSpec[]) =>
  charts.some((chart) => chart.rows.some((row) => chart.series.some((s) => row.values[s.key] === null)));

/** Stacked bars of the stages per period, with the enrolled total as a line. */
export function stagesChart(periods: PublishedReport[], format: Format, t: Translate) {
  const series: ChartSeries[] = [
    ...STAGES.map((stage) => ({
      key: stage,
      label: t(`reporting.metric.${stage}`),
      color: STAGE_COLOURS[stage],
      shape: 'bar' as const,
      stackId: 'stages',
    })),
    { key: 'ENROLLED', label: t('reporting.metric.ENROLLED'), color: LINE_COLOUR, shape: 'line' },
  ];
  const charts = [{ rows: rowsOf(periods, series.map((s) => s.key), format), series }];
  return { charts, hasGaps: gapsIn(charts) };
}

/** Seats used and remaining (stacked), with hours used on a second scale. */
export function usageChart(periods: PublishedReport[], format: Format, t: Translate) {
  const series: ChartSeries[] = [
    { key: 'SEATS_USED', label: t('reporting.metric.SEATS_USED'), color: '#0f5257', shape: 'bar', stackId: 'seats' },
    { key: 'SEATS_REMAINING', label: t('reporting.metric.SEATS_REMAINING'), color: '#5E8C86', shape: 'bar', stackId: 'seats' },
    { key: 'HOURS_USED', label: t('reporting.metric.HOURS_USED'), color: '#B86E00', shape: 'line', axis: 'right' },
  ];
  const charts = [{ rows: rowsOf(periods, series.map((s) => s.key), format), series }];
  return { charts, hasGaps: gapsIn(charts) };
}

/** One small chart per questionnaire: baseline vs follow-up average at 3 and 6 months. */
export function outcomesChart(report: PublishedReport, format: Format, t: Translate) {
  const charts: ChartSpec[] = INSTRUMENTS.map((instrument) => {
    const series: ChartSeries[] = [
      { key: 'BASELINE_MEAN', label: t('reporting.stat.BASELINE_MEAN'), color: BASELINE_COLOUR, shape: 'bar' },
      { key: 'FOLLOW_UP_MEAN', label: t('reporting.stat.FOLLOW_UP_MEAN'), color: FOLLOW_UP_COLOUR, shape: 'bar' },
    ];
    const rows: ChartRow[] = TIMEPOINTS.map((timepoint) => {
      const metricOf = (stat: string) => `${instrument}_${timepoint}_${stat}`;
      return {
        label: t(`reporting.timepoint.${timepoint}`),
        values: Object.fromEntries(series.map((s) => [s.key, format.plotted(report.cells[metricOf(s.key)])])),
        texts: Object.fromEntries(series.map((s) => [s.key, format.text(metricOf(s.key), report.cells[metricOf(s.key)])])),
      };
    });
    return { title: t(`reporting.instrument.${instrument}`), rows, series, height: 260, max: SCALE_MAX[instrument] };
  });
  return { charts, hasGaps: gapsIn(charts) };
}
