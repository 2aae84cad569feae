import type { StatusCell } from '../../../components/ui';

/** The only two shapes a report comes in (no filters, no custom ranges). */
export const GRANULARITIES = ['MONTH', 'QUARTER'] as const;
export type Granularity = (typeof GRANULARITIES)[number];

export function isGranularity(value: unknown): value is Granularity {
  return typeof value === 'string' && (GRANULARITIES as readonly string[]).includes(value);
}

/** One closed, published period, already noised and suppressed by the server. */
export type PublishedReport = {
  /** "2026-10" (a calendar month) or "2026-Q3" (a quarter). */
  period: string;
  periodStart: string;
  periodEnd: string;
  publishedAt: string;
  epsilon: number;
  cells: Partial<Record<string, StatusCell>>;
};

export type ReportSeries = {
  programmeId: string;
  programmeName: string;
  employerName: string;
  granularity: Granularity;
  privacy: { epsilonPerPeriod: number; mechanism: 'DISCRETE_LAPLACE'; minimumCell: number };
  /** Oldest first; only closed, published periods. */
  periods: PublishedReport[];
};

export type ReportProgramme = { programmeId: string; name: string; status: string };

export type RefreshStatus = { lastRunAt: string | null; lastRunPublished: number; running: boolean };

export type ReportsOverview = { refresh: RefreshStatus; programmes: ReportSeries[] };
