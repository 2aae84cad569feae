import { api } from '../../../lib/api-client';

export const JOURNEY_STEP_KEYS = [
  'eligibility',
  'enrolment',
  'consent',
  'screening',
  'clearance',
  'routing',
  'care',
  'follow-up',
] as const;

export type JourneyStepKey = (typeof JOURNEY_STEP_KEYS)[number];
export type JourneyStepStatus = 'DONE' | 'CURRENT' | 'UPCOMING';

export type Journey = {
  pseudonym: string;
  sponsorDisplayName: string;
  steps: { key: JourneyStepKey; status: JourneyStepStatus }[];
};

export const fetchJourney = (signal: AbortSignal) => api.get<Journey>('/api/journey/me', { signal });
