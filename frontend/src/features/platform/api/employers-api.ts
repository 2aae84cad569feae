import { api } from '../../../lib/api-client';

export type EmployerStatus = 'ACTIVE' | 'SUSPENDED';

export type EmployerRequest = {
  legalName: string;
  displayName: string;
  contactName: string;
  contactEmail: string;
  billingEmail: string;
};

export type EmployerDetail = EmployerRequest & { id: string; status: EmployerStatus; createdAt: string };

const one = (id: string) => `/api/employers/${encodeURIComponent(id)}`;

export const employerBasePath = one;
export const createEmployer = (request: EmployerRequest) => api.post<EmployerDetail>('/api/employers', request);
export const fetchEmployer = (id: string, signal: AbortSignal) => api.get<EmployerDetail>(one(id), { signal });
export const suspendEmployer = (id: string) => api.post<EmployerDetail>(`${one(id)}/suspend`);
export const reactivateEmployer = (id: string) => api.post<EmployerDetail>(`${one(id)}/reactivate`);
