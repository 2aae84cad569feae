import { Suspense, lazy, useId, useState, type ReactNode } from 'react';
import { Button } from '../../../components/ui';
import { useT } from '../../../lib/i18n';
import type { ChartRow, ChartSeries } from './CategoryChart';

const CategoryChart = lazy(() => import('./CategoryChart'));

export type ChartSpec = { title?: string; rows: ChartRow[]; series: ChartSeries[]; height?: number; max?: number };

type Props = {
  /** Used in test ids: `chart-<id>`, `show-table-<id>`, `table-<id>`, `gap-note-<id>`. */
  id: string;
  title: string;
  description?: string;
  controls?: ReactNode;
  /** One chart, or several small ones side by side (e.g. one per questionnaire). */
  charts: ChartSpec[];
  /** Whether any plotted point is missing because it was not published. */
  hasGaps: boolean;
  /** The same numbers as an accessible table. */
  table: ReactNode;
};

/** A chart with its "Show as table" toggle and, when points are missing, the note that explains the gaps. */
export function ChartPanel({ id, title, description, controls, charts, hasGaps, table }: Props) {
  const t = useT();
  const headingId = useId();
  const tableRegionId = useId();
  const [showTable, setShowTable] = useState(false);
  return (
    <section className="chart-panel" aria-labelledby={headingId} data-testid={`chart-${id}`}>
      <div className="section-heading">
        <h2 id={headingId}>{title}</h2>
        <Button
          variant="secondary"
          aria-expanded={showTable}
          aria-controls={tableRegionId}
          data-testid={`show-table-${id}`}
          onClick={() => setShowTable((shown) => !shown)}
        >
          {showTable ? t('reporting.chart.hideTable') : t('reporting.chart.showTable')}
        </Button>
      </div>
      {description && <p className="muted">{description}</p>}
      {controls}
      <div className={charts.length > 1 ? 'chart-grid' : undefined}>
        {charts.map((chart, index) => (
          <figure key={chart.title ?? index} className="chart">
            {chart.title && <figcaption className="chart__title">{chart.title}</figcaption>}
            <div role="img" aria-label={t('reporting.chart.alt', { title: chart.title ?? title })}>
              <Suspense fallback={<p className="muted">{t('reporting.chart.loading')}</p>}>
                <CategoryChart rows={chart.rows} series={chart.series} height={chart.height} max={chart.max} />
              </Suspense>
            </div>
          </figure>
        ))}
      </div>
      {hasGaps && (
        <p className="chart-gap-note note" data-testid={`gap-note-${id}`}>
          <span className="chart-gap-note__swatch" aria-hidden="true" />
          {t('reporting.chart.gapNote')}
        </p>
      )}
      <div id={tableRegionId} hidden={!showTable}>
        {showTable && table}
      </div>
    </section>
  );
}
