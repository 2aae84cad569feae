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

export type Withdrawal = { status: 'WITHDRAWN'; seatReleased: boolean };

export const fetchMyEnrolment = (signal: AbortSignal) => api.get<MyEnrolment>('/api/enrolment/me', { signal });
/** Every read is recorded on the server: load it only where the member asked to see it. */
export const fetchMyIdentity = (signal: AbortSignal) => api.get<MyIdentity>('/api/enrolment/me/identity', { signal });
export const updateMyLocation = (state: Location) => api.put<MyEnrolment>('/api/enrolment/me/location', { state });
export const withdraw = () => api.post<Withdrawal>('/api/enrolment/me/withdraw');
