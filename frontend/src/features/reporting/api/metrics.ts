/**
 * The report's vocabulary. The client never computes anything from these: it only picks which
 * published cells to show together and how a value reads.
 */
export const STAGES = [
  'STAGE_SCREENING',
  'STAGE_AWAITING_CLEARANCE',
  'STAGE_PREPARATION',
  'STAGE_MEDICINE',
  'STAGE_COMPLETED',
  'STAGE_WITHDRAWN',
] as const;

/** Enrolment and stages: the table of the stages chart. */
export const ENROLMENT_METRICS = ['ELIGIBLE', 'ENROLLED', ...STAGES] as const;

/** Seats, hours and spend: the table of the usage chart. */
export const USAGE_METRICS = ['SEATS_PURCHASED', 'SEATS_USED', 'SEATS_REMAINING', 'HOURS_USED', 'SPEND_USD'] as const;

export const INSTRUMENTS = ['PHQ9', 'GAD7', 'PCL5'] as const;
export type Instrument = (typeof INSTRUMENTS)[number];

export const TIMEPOINTS = ['MONTH_3', 'MONTH_6'] as const;
export type Timepoint = (typeof TIMEPOINTS)[number];

/** The columns of the outcomes table, in order. */
export const OUTCOME_STATS = [
  'N',
  'BASELINE_MEAN',
  'FOLLOW_UP_MEAN',
  'RESPONSE_RATE',
  'REMISSION_RATE',
  'MEANINGFUL_CHANGE_RATE',
] as const;
export type OutcomeStat = (typeof OUTCOME_STATS)[number];

/**
 * The metric behind one outcomes-table cell, or null when that statistic does not exist for the
 * row (remission is PHQ-9 and GAD-7 only, meaningful change PCL-5 only, and the "everyone with a
 * baseline" row has only a count and a baseline average).
 */
export function outcomeMetric(instrument: Instrument, timepoint: Timepoint | 'BASELINE', stat: OutcomeStat): string | null {
  if (timepoint === 'BASELINE') {
    if (stat === 'N') return `${instrument}_BASELINE_N`;
    if (stat === 'BASELINE_MEAN') return `${instrument}_BASELINE_MEAN`;
    return null;
  }
  if (stat === 'REMISSION_RATE' && instrument === 'PCL5') return null;
  if (stat === 'MEANINGFUL_CHANGE_RATE' && instrument !== 'PCL5') return null;
  return `${instrument}_${timepoint}_${stat}`;
}

export type MetricKind = 'count' | 'usd' | 'rate' | 'mean' | 'hours';

/** How a metric's value reads: USD for spend, % for rates, one decimal for averages, hours for hours. */
export function kindOf(metric: string): MetricKind {
  if (metric === 'SPEND_USD') return 'usd';
  if (metric === 'HOURS_USED') return 'hours';
  if (metric.endsWith('_RATE')) return 'rate';
  if (metric.endsWith('_MEAN')) return 'mean';
  return 'count';
}

const QUARTER = /^(\d{4})-Q([1-4])$/;

export function quarterParts(period: string): { year: string; quarter: string } | null {
  const match = QUARTER.exec(period);
  return match ? { year: match[1] ?? '', quarter: match[2] ?? '' } : null;
}
