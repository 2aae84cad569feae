import { formatNumber, useLocale, useT } from '../../lib/i18n';

/** A count or amount an employer may see; suppressed when it is small enough to point at people. */
export type Cell = { value: number | null; suppressed: boolean };

/**
 * A published report's cell as the server sends it: the value is there only when PUBLISHED.
 * NOT_ENOUGH_RESPONSES is for averages and rates that rest on too few questionnaire answers.
 */
export type CellStatus = 'PUBLISHED' | 'SUPPRESSED' | 'NOT_ENOUGH_RESPONSES';
export type StatusCell = { value: number | null; status: CellStatus };

type Props = {
  cell: Cell | StatusCell;
  /**
   * `count` for a count of people ("Fewer than 11"); `derived` for a value worked out from
   * suppressed counts, e.g. seats available ("Not shown to protect privacy").
   */
  variant?: 'count' | 'derived';
  /** How a shown value reads (money, a percentage, hours…); a plain number when not given. */
  format?: (value: number) => string;
  testId?: string;
};

/** What a cell shows instead of a number, or null when the number may be shown. */
export function hiddenReason(cell: Cell | StatusCell): 'suppressed' | 'notEnoughResponses' | null {
  if ('status' in cell) {
    if (cell.status === 'NOT_ENOUGH_RESPONSES') return 'notEnoughResponses';
    // Anything but PUBLISHED (or a PUBLISHED cell without a value) is never shown as a number.
    return cell.status === 'PUBLISHED' && cell.value !== null ? null : 'suppressed';
  }
  return cell.suppressed || cell.value === null ? 'suppressed' : null;
}

export function CellValue({ cell, variant = 'count', format, testId }: Props) {
  const t = useT();
  const { locale } = useLocale();
  const status = 'status' in cell ? cell.status : undefined;
  const hidden = hiddenReason(cell);
  if (hidden !== null || cell.value === null) {
    const key =
      hidden === 'notEnoughResponses'
        ? 'ui.cell.notEnoughResponses'
        : variant === 'count'
          ? 'ui.cell.suppressedCount'
          : 'ui.cell.suppressedDerived';
    return (
      <span className="cell cell--suppressed" data-suppressed="true" data-status={status} data-testid={testId}>
        {t(key)}
      </span>
    );
  }
  return (
    <span className="cell" data-suppressed="false" data-status={status} data-testid={testId}>
      {format ? format(cell.value) : formatNumber(cell.value, locale)}
    </span>
  );
}
