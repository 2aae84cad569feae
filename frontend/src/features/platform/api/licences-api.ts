import { api } from '../../../lib/api-client';

export type LicenceStatus = 'PENDING' | 'VERIFIED' | 'REJECTED';

/** A provider's licence as the platform operator reviews it. */
export type LicenceReview = {
  id: string;
  providerId: string;
  providerName: string;
  kind: 'PSYCHOTHERAPIST' | 'PRESCRIBER';
  state: string;
  licenceType: string;
  number: string;
  issuedOn: string;
  expiresOn: string;
  status: LicenceStatus;
  verifiedBy: string | null;
  verifiedAt: string | null;
  rejectionReason: string | null;
};

const BASE = '/api/providers/licences';
const one = (id: string) => `${BASE}/${encodeURIComponent(id)}`;

export const REJECTION_REASON_MAX = 300;

export const fetchPendingLicences = (signal: AbortSignal) =>
  api.get<LicenceReview[]>(`${BASE}?status=PENDING`, { signal });
export const fetchExpiringLicences = (signal: AbortSignal) => api.get<LicenceReview[]>(`${BASE}/expiring`, { signal });
export const verifyLicence = (id: string) => api.post<LicenceReview>(`${one(id)}/verify`);
export const rejectLicence = (id: string, reason: string) => api.post<LicenceReview>(`${one(id)}/reject`, { reason });
