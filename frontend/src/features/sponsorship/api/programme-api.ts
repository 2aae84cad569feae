import { api, type ApiProblem } from '../../../lib/api-client';
import type {
  EligibilityRejection,
  EligibilityResult,
  HistoryEntry,
  ProgrammeRequest,
  ProgrammeView,
  RejectedLine,
  StatementSummary,
  StatementView,
  UploadMode,
} from './types';

const BASE = '/api/sponsorship/programmes';
const one = (id: string) => `${BASE}/${encodeURIComponent(id)}`;

export const fetchProgrammes = (signal: AbortSignal) => api.get<ProgrammeView[]>(BASE, { signal });
export const fetchProgramme = (id: string, signal?: AbortSignal) => api.get<ProgrammeView>(one(id), { signal });
export const createProgramme = (request: ProgrammeRequest) => api.post<ProgrammeView>(BASE, request);
export const updateProgramme = (id: string, request: ProgrammeRequest, version: number) =>
  api.put<ProgrammeView>(one(id), { ...request, version });
export const activateProgramme = (id: string) => api.post<ProgrammeView>(`${one(id)}/activate`);
export const closeProgramme = (id: string) => api.post<ProgrammeView>(`${one(id)}/close`);
export const rotateEnrolmentCode = (id: string) => api.post<ProgrammeView>(`${one(id)}/enrolment-code`);
export const fetchHistory = (id: string, signal: AbortSignal) =>
  api.get<HistoryEntry[]>(`${one(id)}/history`, { signal });

/** The file goes as the raw request body, so the server reads exactly the bytes that were chosen. */
export const uploadEligibility = (id: string, file: Blob, mode: UploadMode) =>
  api.postRaw<EligibilityResult>(`${one(id)}/eligibility?mode=${mode}`, file, 'text/csv');

export const fetchStatements = (id: string, signal: AbortSignal) =>
  api.get<StatementSummary[]>(`${one(id)}/statements`, { signal });
export const fetchStatement = (id: string, period: string, signal: AbortSignal) =>
  api.get<StatementView>(`${one(id)}/statements/${encodeURIComponent(period)}`, { signal });
export const statementCsvHref = (id: string, period: string) =>
  `${one(id)}/statements/${encodeURIComponent(period)}.csv`;

function isRejectedLine(value: unknown): value is RejectedLine {
  const line = value as Partial<RejectedLine> | null;
  return typeof line?.line === 'number' && typeof line.code === 'string';
}

/** The rejection report of a 422 eligibility upload, or null for any other problem. */
export function rejectionOf(problem: ApiProblem): EligibilityRejection | null {
  if (problem.status !== 422 && problem.slug !== 'eligibility-file-rejected') return null;
  const { rowsAccepted, rowsRejected, rejectedLines } = problem.extensions;
  const lines = Array.isArray(rejectedLines) ? rejectedLines.filter(isRejectedLine) : [];
  return {
    detail: problem.detail,
    rowsAccepted: typeof rowsAccepted === 'number' ? rowsAccepted : 0,
    rowsRejected: typeof rowsRejected === 'number' ? rowsRejected : lines.length,
    rejectedLines: lines,
  };
}
