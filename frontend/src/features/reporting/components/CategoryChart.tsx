import {
  Bar,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type TooltipContentProps,
} from 'recharts';

export type ChartSeries = {
  key: string;
  label: string;
  color: string;
  shape: 'bar' | 'line';
  /** Bars with the same stack id are stacked. */
  stackId?: string;
  /** A second scale on the right, e.g. hours next to seats. */
  axis?: 'left' | 'right';
};

/**
 * One category on the x axis (a period, a follow-up time). A value is null where the server
 * published no number (fewer than 11, not enough responses): the chart leaves a gap there, and
 * `texts` says what the table says, for the tooltip.
 */
export type ChartRow = { label: string; values: Record<string, number | null>; texts: Record<string, string> };

type Props = {
  rows: ChartRow[];
  series: ChartSeries[];
  height?: number;
  /** The top of the left scale, e.g. a questionnaire's highest possible score; fitted to the data when not given. */
  max?: number;
};

/**
 * Bars and lines over categories. Loaded on demand (recharts is large), and drawn at the width of
 * its container. Screen readers get the table instead: the caller wraps this in role="img".
 */
export default function CategoryChart({ rows, series, height = 300, max }: Props) {
  const data = rows.map((row) => ({ label: row.label, ...row.values }));
  const hasRight = series.some((s) => s.axis === 'right');
  return (
    <ResponsiveContainer width="100%" height={height}>
      <ComposedChart data={data} margin={{ top: 8, right: 8, bottom: 8, left: 0 }} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="label" />
        <YAxis yAxisId="left" allowDecimals={false} domain={max === undefined ? undefined : [0, max]} />
        {hasRight && <YAxis yAxisId="right" orientation="right" allowDecimals={false} />}
        <Tooltip content={(props) => <ChartTooltip {...props} rows={rows} series={series} />} />
        {/* In the order the series are given (stage order), not alphabetically. */}
        <Legend itemSorter={null} />
        {series.map((s) =>
          s.shape === 'bar' ? (
            <Bar
              key={s.key}
              dataKey={s.key}
              name={s.label}
              fill={s.color}
              stackId={s.stackId}
              yAxisId={s.axis ?? 'left'}
              isAnimationActive={false}
            />
          ) : (
            <Line
              key={s.key}
              dataKey={s.key}
              name={s.label}
              stroke={s.color}
              strokeWidth={2}
              type="linear"
              yAxisId={s.axis ?? 'left'}
              connectNulls={false}
              isAnimationActive={false}
            />
          ),
        )}
      </ComposedChart>
    </ResponsiveContainer>
  );
}

type TooltipProps = TooltipContentProps & { rows: ChartRow[]; series: ChartSeries[] };

/** Every series at the pointed category, in the table's words ("Fewer than 11" for a gap). */
function ChartTooltip({ active, label, rows, series }: TooltipProps) {
  const row = rows.find((r) => r.label === label);
  if (!active || !row) return null;
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip__label">{row.label}</p>
      <ul>
        {series.map((s) => (
          <li key={s.key}>
            <span className="chart-tooltip__swatch" style={{ background: s.color }} aria-hidden="true" />
            {s.label}: <strong>{row.texts[s.key]}</strong>
          </li>
        ))}
      </ul>
    </div>
  );
}
