import { api } from '../../../lib/api-client';

export type EmployerProfile = {
  id: string;
  legalName: string;
  displayName: string;
  status: 'ACTIVE' | 'SUSPENDED';
};

export const fetchCurrentEmployer = (signal: AbortSignal) =>
  api.get<EmployerProfile>('/api/employers/current', { signal });
