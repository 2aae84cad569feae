import type { ProgrammeView, StatementView } from '../api/types';

export const hrMe = {
  id: 'h1',
  role: 'HR_ADMIN',
  displayName: 'Robin HR',
  employer: { id: 'e1', displayName: 'Sierra Soap Works' },
};

export function programme(overrides: Partial<ProgrammeView> = {}): ProgrammeView {
  return {
    id: 'p1',
    name: '2027 Wellbeing Benefit',
    status: 'DRAFT',
    startsOn: '2027-01-01',
    endsOn: '2027-12-31',
    seats: 40,
    packageHours: 18,
    pricePerSeatUsd: 3150.0,
    coveredServices: ['PREPARATION', 'MEDICINE_SESSION_SUPPORT', 'INTEGRATION'],
    states: ['CA', 'NY'],
    enrolmentCode: null,
    version: 3,
    // Nothing published yet: the cells come suppressed, which here does not mean "fewer than 11".
    seatUsage: {
      purchased: 40,
      inUse: { value: null, suppressed: true },
      available: { value: null, suppressed: true },
      asOf: null,
    },
    eligibility: { eligibleTotal: 0, lastUpload: null },
    createdAt: '2026-11-02T10:00:00Z',
    updatedAt: '2026-11-02T10:00:00Z',
    ...overrides,
  };
}

export const ACTIVE = { status: 'ACTIVE', enrolmentCode: 'SIERRA-7KQ2-M4' } as const;

/** A closed month whose report is published, with every usage cell suppressed (fewer than 11). */
export function statement(overrides: Partial<StatementView> = {}): StatementView {
  return {
    programmeName: '2027 Wellbeing Benefit',
    employerDisplayName: 'Sierra Soap Works',
    period: '2026-11',
    periodStart: '2026-11-01',
    periodEnd: '2026-11-30',
    final: true,
    issuedAt: '2026-12-01T12:00:00Z',
    pricePerSeatUsd: 3150.0,
    packageHours: 18,
    seatsPurchased: 40,
    seatsPurchasedThisPeriod: 40,
    amountDueUsd: '126000.00',
    usagePublished: true,
    seatsInUse: { value: null, suppressed: true },
    seatsAvailable: { value: null, suppressed: true },
    packageHoursConsumed: { value: null, suppressed: true },
    ...overrides,
  };
}
