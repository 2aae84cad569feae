import { api } from '../../../lib/api-client';

export type Licence = {
  state: string;
  licenceType: string;
  number: string;
  expiresOn: string;
  verified: boolean;
};

export type Practice = {
  id: string;
  displayName: string;
  kind: 'PSYCHOTHERAPIST' | 'PRESCRIBER';
  credentials: string;
  languages: string[];
  timeZone: string;
  licences: Licence[];
};

export const fetchPractice = (signal: AbortSignal) => api.get<Practice>('/api/providers/me', { signal });
