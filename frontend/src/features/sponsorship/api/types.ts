import type { Cell } from '../../../components/ui';

export const PROGRAMME_STATUSES = ['DRAFT', 'ACTIVE', 'CLOSED'] as const;
export type ProgrammeStatus = (typeof PROGRAMME_STATUSES)[number];

export const SERVICES = ['PREPARATION', 'MEDICINE_SESSION_SUPPORT', 'INTEGRATION'] as const;
export type Service = (typeof SERVICES)[number];

export const STATES = ['CA', 'NY', 'UT', 'VT'] as const;
export type UsState = (typeof STATES)[number];

/** Money may arrive as a JSON number or a decimal string; both are shown with Intl. */
export type Usd = number | string;

export type ProgrammeRequest = {
  name: string;
  startsOn: string;
  endsOn: string;
  seats: number;
  packageHours: number;
  pricePerSeatUsd: number;
  coveredServices: Service[];
  states: UsState[];
};

export type EligibilityUpload = {
  uploadedAt: string;
  mode: UploadMode;
  rowsAccepted: number;
  uploadedBy: string;
};

/**
 * Seats in use and available, as published in a monthly report (never live). `asOf` is the month
 * ("2026-10") of that report; null until a first month has been published, and then both cells
 * come suppressed without meaning "fewer than 11".
 */
export type SeatUsage = { purchased: number; inUse: Cell; available: Cell; asOf: string | null };

export type ProgrammeView = {
  id: string;
  name: string;
  status: ProgrammeStatus;
  startsOn: string;
  endsOn: string;
  seats: number;
  packageHours: number;
  pricePerSeatUsd: Usd;
  coveredServices: Service[];
  states: UsState[];
  enrolmentCode: string | null;
  version: number;
  seatUsage: SeatUsage;
  eligibility: { eligibleTotal: number; lastUpload: EligibilityUpload | null };
  createdAt: string;
  updatedAt: string;
};

export type HistoryEntry = { changedAt: string; changedBy: string; change: string };

export const UPLOAD_MODES = ['REPLACE', 'APPEND'] as const;
export type UploadMode = (typeof UPLOAD_MODES)[number];

export type EligibilityResult = { mode: UploadMode; rowsAccepted: number; rowsRejected: number; eligibleTotal: number };

export type RejectedLine = { line: number; code: string; message: string };

export type EligibilityRejection = {
  detail?: string;
  rowsAccepted: number;
  rowsRejected: number;
  rejectedLines: RejectedLine[];
};

export type StatementSummary = { period: string; periodStart: string; periodEnd: string; final: boolean };

export type StatementView = {
  programmeName: string;
  employerDisplayName: string;
  period: string;
  periodStart: string;
  periodEnd: string;
  final: boolean;
  issuedAt: string;
  pricePerSeatUsd: Usd;
  packageHours: number;
  seatsPurchased: number;
  seatsPurchasedThisPeriod: number;
  amountDueUsd: Usd;
  /**
   * Whether this month's report is published. While false (the month is open, or its report is
   * not out yet) the three usage cells come suppressed without meaning "fewer than 11".
   */
  usagePublished: boolean;
  seatsInUse: Cell;
  seatsAvailable: Cell;
  /** Package hours used from the start up to the end of this month, as published. */
  packageHoursConsumed: Cell;
};
