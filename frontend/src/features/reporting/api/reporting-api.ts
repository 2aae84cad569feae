import { api } from '../../../lib/api-client';
import type { Granularity, RefreshStatus, ReportProgramme, ReportSeries, ReportsOverview } from './types';

const BASE = '/api/reports';
const programme = (id: string) => `${BASE}/programmes/${encodeURIComponent(id)}`;

export const fetchReportProgrammes = (signal: AbortSignal) => api.get<ReportProgramme[]>(`${BASE}/programmes`, { signal });

export const fetchReportSeries = (id: string, granularity: Granularity, signal: AbortSignal) =>
  api.get<ReportSeries>(`${programme(id)}?granularity=${granularity}`, { signal });

/** A plain link, like the billing statement's CSV: the browser downloads it with the session cookie. */
export const reportCsvHref = (id: string, granularity: Granularity) =>
  `${programme(id)}/export.csv?granularity=${granularity}`;

export const fetchReportsOverview = (signal?: AbortSignal) => api.get<ReportsOverview>(`${BASE}/overview`, { signal });

export const refreshReports = () => api.post<RefreshStatus>(`${BASE}/refresh`);

export const fetchMyEmployerReports = (signal: AbortSignal) => api.get<ReportSeries[]>(`${BASE}/my-employer`, { signal });
