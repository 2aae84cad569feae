import { INSTRUMENTS, type Instrument } from '../../../components/screening';
import { api } from '../../../lib/api-client';

export { INSTRUMENTS, type Instrument };

/** How many items each instrument has and the highest answer (answers run 0..max). */
export const SHAPE: Record<Instrument, { items: number; max: number }> = {
  PHQ9: { items: 9, max: 3 },
  GAD7: { items: 7, max: 3 },
  PCL5: { items: 20, max: 4 },
  CONTRAINDICATIONS: { items: 7, max: 1 },
};

/** The health questions in the order the server expects their answers (0 = no, 1 = yes). */
export const CONTRAINDICATION_CODES = [
  'PSYCHOSIS_OR_MANIA',
  'PREGNANT_OR_BREASTFEEDING',
  'HEART_OR_BLOOD_PRESSURE',
  'SUBSTANCE_USE',
  'LIVER_DISEASE',
  'KETAMINE_REACTION',
  'INTERACTING_MEDICATIONS',
] as const;

export const DETAILS_MAX_LENGTH = 1000;

/** Every band per instrument, lowest first, with the scores it covers. */
export const BANDS: Record<Instrument, { band: string; range: string }[]> = {
  PHQ9: [
    { band: 'MINIMAL', range: '0–4' },
    { band: 'MILD', range: '5–9' },
    { band: 'MODERATE', range: '10–14' },
    { band: 'MODERATELY_SEVERE', range: '15–19' },
    { band: 'SEVERE', range: '20–27' },
  ],
  GAD7: [
    { band: 'MINIMAL', range: '0–4' },
    { band: 'MILD', range: '5–9' },
    { band: 'MODERATE', range: '10–14' },
    { band: 'SEVERE', range: '15–21' },
  ],
  PCL5: [
    { band: 'BELOW_THRESHOLD', range: '0–32' },
    { band: 'PROBABLE_PTSD', range: '33–80' },
  ],
  CONTRAINDICATIONS: [
    { band: 'NONE_REPORTED', range: '0' },
    { band: 'PRESCRIBER_REVIEW', range: '1–7' },
  ],
};

export type ResultSummary = { instrument: Instrument; total: number; band: string; maximum: number; takenAt: string };

export type ScreeningResult = ResultSummary & { crisis: boolean; flaggedForReview: boolean; reasons: string[] };

export type MyScreening = { completed: Instrument[]; results: ResultSummary[] };

export type ScreeningResponse = { instrument: Instrument; answers: number[]; details?: string };

/** When a questionnaire is answered again after the baseline screening. */
export const TIMEPOINTS = ['END_OF_TREATMENT', 'MONTH_3', 'MONTH_6'] as const;
export type Timepoint = (typeof TIMEPOINTS)[number];

/** Every timepoint of the member's own chart, in order; BASELINE is the first screening. */
export const HISTORY_TIMEPOINTS = ['BASELINE', ...TIMEPOINTS] as const;
export type HistoryTimepoint = (typeof HISTORY_TIMEPOINTS)[number];

/** One result of the member's own chart; `timepoint` stays a string so a new one is still shown. */
export type HistoryEntry = {
  timepoint: string;
  instrument: string;
  total: number;
  maximum: number;
  band: string;
  takenAt: string;
};

export const fetchMyScreening = (signal: AbortSignal) => api.get<MyScreening>('/api/screening/me', { signal });

export const fetchMyHistory = (signal: AbortSignal) => api.get<HistoryEntry[]>('/api/screening/me/history', { signal });

/** Without a timepoint the answers are the baseline screening, as before; with one, a follow-up. */
export const submitResponse = (response: ScreeningResponse, timepoint?: Timepoint) =>
  api.post<ScreeningResult>('/api/screening/responses', timepoint ? { ...response, timepoint } : response);

export const isInstrument = (value: unknown): value is Instrument =>
  typeof value === 'string' && (INSTRUMENTS as readonly string[]).includes(value);

/** The newest result per instrument, in questionnaire order. */
export function latestResults(results: ResultSummary[]): ResultSummary[] {
  const newestFirst = [...results].sort((a, b) => b.takenAt.localeCompare(a.takenAt));
  return INSTRUMENTS.flatMap((instrument) => newestFirst.find((result) => result.instrument === instrument) ?? []);
}
