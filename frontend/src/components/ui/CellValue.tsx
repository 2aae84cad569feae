import { formatNumber, useLocale, useT } from '../../lib/i18n';

/** A count or amount an employer may see; suppressed when it is small enough to point at people. */
export type Cell = { value: number | null; suppressed: boolean };

type Props = {
  cell: Cell;
  /**
   * `count` for a count of people ("Fewer than 11"); `derived` for a value worked out from
   * suppressed counts, e.g. seats available ("Not shown to protect privacy").
   */
  variant?: 'count' | 'derived';
  testId?: string;
};

export function CellValue({ cell, variant = 'count', testId }: Props) {
  const t = useT();
  const { locale } = useLocale();
  if (cell.suppressed || cell.value === null) {
    return (
      <span className="cell cell--suppressed" data-suppressed="true" data-testid={testId}>
        {t(variant === 'count' ? 'ui.cell.suppressedCount' : 'ui.cell.suppressedDerived')}
      </span>
    );
  }
  return (
    <span className="cell" data-suppressed="false" data-testid={testId}>
      {formatNumber(cell.value, locale)}
    </span>
  );
}
