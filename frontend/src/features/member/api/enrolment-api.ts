import { api } from '../../../lib/api-client';
import type { Location } from '../../../components/location';

export type MyEnrolment = {
  pseudonym: string;
  employerDisplayName: string;
  programmeName: string;
  status: 'ENROLLED' | 'WITHDRAWN';
  enrolledAt: string;
  state: Location;
  stateSupported: boolean;
};

export type MyIdentity = {
  legalName: string;
  birthDate: string;
  phone: string | null;
  address: string | null;
  email: string;
};

/** One opening of the member's identity, as the server recorded it (newest first). */
export type IdentityView = {
  /** Who opened it; the server says "You" for the member themself. */
  viewer: string;
  role: 'MEMBER' | 'PROVIDER' | (string & {});
  /** Why, in the server's words, e.g. "medical clearance". */
  purpose: string;
  /** An ISO instant. */
  viewedAt: string;
};

export type Withdrawal = { status: 'WITHDRAWN'; seatReleased: boolean };

export const fetchMyEnrolment = (signal: AbortSignal) => api.get<MyEnrolment>('/api/enrolment/me', { signal });
/** Every read is recorded on the server: load it only where the member asked to see it. */
export const fetchMyIdentity = (signal: AbortSignal) => api.get<MyIdentity>('/api/enrolment/me/identity', { signal });
export const fetchMyIdentityViews = (signal: AbortSignal) =>
  api.get<IdentityView[]>('/api/enrolment/me/identity/views', { signal });
export const updateMyLocation = (state: Location) => api.put<MyEnrolment>('/api/enrolment/me/location', { state });
export const withdraw = () => api.post<Withdrawal>('/api/enrolment/me/withdraw');
