import { useMemo } from 'react';
import { hiddenReason, type StatusCell } from '../../../components/ui';
import { formatMonth, formatNumber, formatUsd, useLocale, useT } from '../../../lib/i18n';
import { kindOf, quarterParts } from '../api/metrics';

export type PeriodStyle = 'long' | 'short';

/**
 * Formats periods and published values in the reader's language. Rates arrive as whole percentages
 * (42 reads "42%"); averages show one decimal.
 */
export function useReportFormat() {
  const t = useT();
  const { locale } = useLocale();
  return useMemo(() => {
    const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
    const oneDecimal = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    const shortMonth = new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' });

    function period(value: string, style: PeriodStyle = 'long'): string {
      const quarter = quarterParts(value);
      if (quarter) return t(`reporting.period.quarter.${style}`, quarter);
      if (style === 'long') return formatMonth(value, locale);
      const date = new Date(`${value}-01T00:00:00Z`);
      return Number.isNaN(date.getTime()) ? value : shortMonth.format(date);
    }

    function value(metric: string): (value: number) => string {
      switch (kindOf(metric)) {
        case 'usd':
          return (v) => formatUsd(v, locale);
        case 'rate':
          return (v) => percent.format(v / 100);
        case 'mean':
          return (v) => oneDecimal.format(v);
        case 'hours':
          return (v) => t('reporting.value.hours', { hours: formatNumber(v, locale) });
        default:
          return (v) => formatNumber(v, locale);
      }
    }

    /** A cell as text, in the same words as `CellValue` (for chart tooltips). */
    function text(metric: string, cell: StatusCell | undefined): string {
      if (!cell) return t('reporting.table.notReported');
      const hidden = hiddenReason(cell);
      if (hidden === 'notEnoughResponses') return t('ui.cell.notEnoughResponses');
      if (hidden !== null || cell.value === null) return t('ui.cell.suppressedCount');
      return value(metric)(cell.value);
    }

    /** The number a chart draws, or null (a gap) for anything not published. */
    function plotted(cell: StatusCell | undefined): number | null {
      return cell && hiddenReason(cell) === null ? cell.value : null;
    }

    return { period, value, text, plotted };
  }, [t, locale]);
}
