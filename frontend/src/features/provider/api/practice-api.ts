import { api } from '../../../lib/api-client';

export type LicenceStatus = 'PENDING' | 'VERIFIED' | 'REJECTED';

export type Licence = {
  id?: string;
  state: string;
  licenceType: string;
  number: string;
  issuedOn?: string;
  expiresOn: string;
  /** Missing only in answers from before licence review; `verified` then tells the story. */
  status?: LicenceStatus;
  verified: boolean;
  validToday?: boolean;
  rejectionReason?: string | null;
};

export const MODALITIES = ['TELEHEALTH', 'PALM_SPRINGS', 'COACHELLA_VALLEY', 'JOSHUA_TREE'] as const;
export type Modality = (typeof MODALITIES)[number];

export const TIME_ZONES = [
  'America/Los_Angeles',
  'America/Denver',
  'America/Phoenix',
  'America/Chicago',
  'America/New_York',
] as const;

export const LICENCE_STATES = ['CA', 'NY', 'UT', 'VT'] as const;

export type Practice = {
  id: string;
  displayName: string;
  kind: 'PSYCHOTHERAPIST' | 'PRESCRIBER';
  credentials: string;
  languages: string[];
  modalities?: Modality[];
  capacity?: number;
  timeZone: string;
  status?: 'ACTIVE' | 'SUSPENDED';
  /** The date the provider can next start with a new member; null when not given. */
  nextAvailableOn?: string | null;
  licences: Licence[];
};

export type ProfileRequest = {
  credentials: string;
  languages: string[];
  modalities: Modality[];
  capacity: number;
  timeZone: string;
  /** Sent as null when empty, so clearing the field clears the date. */
  nextAvailableOn: string | null;
};

export type LicenceRequest = {
  state: string;
  licenceType: string;
  number: string;
  issuedOn: string;
  expiresOn: string;
};

export const fetchPractice = (signal: AbortSignal) => api.get<Practice>('/api/providers/me', { signal });
export const updatePractice = (request: ProfileRequest) => api.put<Practice>('/api/providers/me', request);
export const addLicence = (request: LicenceRequest) => api.post<Licence>('/api/providers/me/licences', request);
