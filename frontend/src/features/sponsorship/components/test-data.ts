import type { ProgrammeView } from '../api/types';

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
    seatUsage: { purchased: 40, inUse: { value: null, suppressed: true }, available: { value: null, suppressed: true } },
    eligibility: { eligibleTotal: 0, lastUpload: null },
    createdAt: '2026-11-02T10:00:00Z',
    updatedAt: '2026-11-02T10:00:00Z',
    ...overrides,
  };
}

export const ACTIVE = { status: 'ACTIVE', enrolmentCode: 'SIERRA-7KQ2-M4' } as const;
