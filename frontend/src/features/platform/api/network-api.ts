import { api } from '../../../lib/api-client';

export type EmployerSummary = {
  id: string;
  legalName: string;
  displayName: string;
  status: 'ACTIVE' | 'SUSPENDED';
  hrAdminCount: number;
};

export type ProviderStatus = 'ACTIVE' | 'SUSPENDED';

export type ProviderSummary = {
  id: string;
  displayName: string;
  kind: 'PSYCHOTHERAPIST' | 'PRESCRIBER';
  languages: string[];
  timeZone: string;
  licensedStates: string[];
  /** Optional until every server sends them (the list existed before provider status). */
  status?: ProviderStatus;
  capacity?: number;
  modalities?: string[];
};

const provider = (id: string) => `/api/providers/${encodeURIComponent(id)}`;

export const fetchEmployers = (signal: AbortSignal) => api.get<EmployerSummary[]>('/api/employers', { signal });
export const fetchProviders = (signal: AbortSignal) => api.get<ProviderSummary[]>('/api/providers', { signal });
export const suspendProvider = (id: string) => api.post<ProviderSummary>(`${provider(id)}/suspend`);
export const reactivateProvider = (id: string) => api.post<ProviderSummary>(`${provider(id)}/reactivate`);
