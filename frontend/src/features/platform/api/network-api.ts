import { api } from '../../../lib/api-client';

export type EmployerSummary = {
  id: string;
  legalName: string;
  displayName: string;
  status: 'ACTIVE' | 'SUSPENDED';
  hrAdminCount: number;
};

export type ProviderSummary = {
  id: string;
  displayName: string;
  kind: 'PSYCHOTHERAPIST' | 'PRESCRIBER';
  languages: string[];
  timeZone: string;
  licensedStates: string[];
};

export const fetchEmployers = (signal: AbortSignal) => api.get<EmployerSummary[]>('/api/employers', { signal });
export const fetchProviders = (signal: AbortSignal) => api.get<ProviderSummary[]>('/api/providers', { signal });
