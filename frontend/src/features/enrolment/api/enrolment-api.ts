import { api } from '../../../lib/api-client';
import type { Location } from '../../../components/location';

export type EligibilityRequest = { enrolmentCode: string; workIdentifier: string; dateOfBirth?: string };
export type Eligibility = { employerDisplayName: string; programmeName: string; states: string[] };

export type EnrolmentRequest = EligibilityRequest & {
  pseudonym?: string;
  email: string;
  password: string;
  legalName: string;
  birthDate: string;
  phone?: string;
  address?: string;
  state: Location;
};
export type Enrolled = { pseudonym: string; email: string };
export type Credentials = { email: string; password: string };

// Public endpoints: a 401 here is no reason to send the visitor to the sign-in page.
const PUBLIC = { redirectOnUnauthorized: false } as const;

export const fetchPseudonymSuggestions = (signal?: AbortSignal) =>
  api.get<{ suggestions: string[] }>('/api/enrolment/pseudonym-suggestions', { ...PUBLIC, signal });

export const checkEligibility = (request: EligibilityRequest) =>
  api.post<Eligibility>('/api/enrolment/eligibility-checks', request, PUBLIC);

export const enrol = (request: EnrolmentRequest) => api.post<Enrolled>('/api/enrolment/enrolments', request, PUBLIC);
