import type { StatusCell } from '../../../components/ui';
import type { PublishedReport, ReportSeries } from '../api/types';

export const hrMe = {
  id: 'h1',
  role: 'HR_ADMIN',
  displayName: 'Robin HR',
  employer: { id: 'e1', displayName: 'Sierra Soap Works' },
};
export const adminMe = { id: 'a1', role: 'PLATFORM_ADMIN', displayName: 'Pat Operator', employer: null };
export const memberMe = {
  id: 'm1',
  role: 'MEMBER',
  displayName: 'Quiet Heron',
  employer: { id: 'e1', displayName: 'Sierra Soap Works' },
};

export const published = (value: number): StatusCell => ({ value, status: 'PUBLISHED' });
export const suppressed: StatusCell = { value: null, status: 'SUPPRESSED' };
export const tooFewAnswers: StatusCell = { value: null, status: 'NOT_ENOUGH_RESPONSES' };

/** A period whose counts are all published, with `overrides` on top. */
export function report(period: string, overrides: Record<string, StatusCell> = {}): PublishedReport {
  const quarter = period.includes('Q');
  return {
    period,
    periodStart: quarter ? '2026-07-01' : `${period}-01`,
    periodEnd: quarter ? '2026-09-30' : `${period}-28`,
    publishedAt: '2026-11-02T09:00:00Z',
    epsilon: 0.5,
    cells: {
      ELIGIBLE: published(412),
      ENROLLED: published(64),
      STAGE_SCREENING: published(14),
      STAGE_AWAITING_CLEARANCE: published(12),
      STAGE_PREPARATION: published(13),
      STAGE_MEDICINE: suppressed,
      STAGE_COMPLETED: published(15),
      STAGE_WITHDRAWN: suppressed,
      SEATS_PURCHASED: published(80),
      SEATS_USED: published(64),
      SEATS_REMAINING: published(16),
      HOURS_USED: published(310),
      SPEND_USD: published(252000),
      PHQ9_BASELINE_N: published(58),
      PHQ9_BASELINE_MEAN: published(14.23),
      PHQ9_MONTH_3_N: published(21),
      PHQ9_MONTH_3_BASELINE_MEAN: published(14.9),
      PHQ9_MONTH_3_FOLLOW_UP_MEAN: published(8.04),
      PHQ9_MONTH_3_RESPONSE_RATE: published(52),
      PHQ9_MONTH_3_REMISSION_RATE: published(33),
      PHQ9_MONTH_6_N: suppressed,
      PHQ9_MONTH_6_BASELINE_MEAN: tooFewAnswers,
      PHQ9_MONTH_6_FOLLOW_UP_MEAN: tooFewAnswers,
      PHQ9_MONTH_6_RESPONSE_RATE: tooFewAnswers,
      PHQ9_MONTH_6_REMISSION_RATE: tooFewAnswers,
      PCL5_MONTH_3_MEANINGFUL_CHANGE_RATE: published(40),
      ...overrides,
    },
  };
}

export function series(overrides: Partial<ReportSeries> = {}): ReportSeries {
  return {
    programmeId: 'p1',
    programmeName: '2026 Wellbeing Benefit',
    employerName: 'Sierra Soap Works',
    granularity: 'MONTH',
    privacy: { epsilonPerPeriod: 0.5, mechanism: 'DISCRETE_LAPLACE', minimumCell: 11 },
    periods: [report('2026-09'), report('2026-10', { ENROLLED: published(71) })],
    ...overrides,
  };
}

export const quarterly = (overrides: Partial<ReportSeries> = {}) =>
  series({ granularity: 'QUARTER', periods: [report('2026-Q3', { ENROLLED: published(66) })], ...overrides });
