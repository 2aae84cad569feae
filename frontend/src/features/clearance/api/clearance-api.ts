import type { ScreeningLine } from '../../../components/screening';
import { api } from '../../../lib/api-client';

/** The health questions, in the order of the CONTRAINDICATIONS answers; also the review reasons. */
export const REVIEW_REASONS = [
  'PSYCHOSIS_OR_MANIA',
  'PREGNANT_OR_BREASTFEEDING',
  'HEART_OR_BLOOD_PRESSURE',
  'SUBSTANCE_USE',
  'LIVER_DISEASE',
  'KETAMINE_REACTION',
  'INTERACTING_MEDICATIONS',
] as const;

export const OUTCOMES = ['CLEARED', 'NOT_CLEARED', 'MORE_INFORMATION'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export const SETTINGS = ['OFFICE_MONITORED', 'HOME_WITH_SITTER'] as const;
export type Setting = (typeof SETTINGS)[number];

export type ClearanceStatus = 'QUEUED' | 'IN_REVIEW' | Outcome;

export type QueueRow = {
  id: string | number;
  pseudonym: string;
  state: string;
  urgent: boolean;
  queuedAt: string;
  screening: ScreeningLine[];
  reviewReasons: string[];
};

export type MyCaseRow = QueueRow & { status: ClearanceStatus };

export type MemberIdentity = {
  legalName: string;
  birthDate: string;
  phone?: string | null;
  address?: string | Record<string, unknown> | null;
  email?: string | null;
};

export type CaseDetail = {
  id: string | number;
  status: ClearanceStatus;
  pseudonym: string;
  state: string;
  urgent: boolean;
  queuedAt: string;
  acceptedAt?: string | null;
  screening: (ScreeningLine & { answers?: number[] })[];
  reviewReasons: string[];
  contraindicationDetails: string | null;
  identity: MemberIdentity | null;
  identityWithheld: boolean;
  /** Not in the contract's list, but shown when the server sends them with a decided case. */
  setting?: Setting | null;
  messageToMember?: string | null;
  decidedAt?: string | null;
};

export type DecisionRequest = { outcome: Outcome; setting?: Setting; messageToMember?: string };

export type MyClearance = {
  status: ClearanceStatus;
  setting: Setting | null;
  messageToMember: string | null;
  decidedAt: string | null;
};

const casePath = (id: string | number) => `/api/clearance/cases/${encodeURIComponent(String(id))}`;

export const fetchQueue = (signal: AbortSignal) => api.get<QueueRow[]>('/api/clearance/queue', { signal });
export const fetchMyCases = (signal: AbortSignal) => api.get<MyCaseRow[]>('/api/clearance/cases/mine', { signal });
export const fetchCase = (id: string, signal: AbortSignal) => api.get<CaseDetail>(casePath(id), { signal });
export const acceptCase = (id: string | number) => api.post<CaseDetail>(`${casePath(id)}/accept`);
export const recordDecision = (id: string | number, request: DecisionRequest) =>
  api.post<CaseDetail>(`${casePath(id)}/decision`, request);
export const fetchMyClearance = (signal: AbortSignal) => api.get<MyClearance>('/api/clearance/me', { signal });

/** Urgent first, then the longest waiting; the server sorts the same way, this only keeps the promise. */
export function byUrgencyThenAge<Row extends { urgent: boolean; queuedAt: string }>(rows: Row[]): Row[] {
  return [...rows].sort((a, b) => Number(b.urgent) - Number(a.urgent) || a.queuedAt.localeCompare(b.queuedAt));
}

export const isKnown = <T extends string>(list: readonly T[], value: string): value is T =>
  (list as readonly string[]).includes(value);
