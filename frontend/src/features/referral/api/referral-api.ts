import type { ScreeningLine as BaseScreeningLine } from '../../../components/screening';
import { api } from '../../../lib/api-client';

export const CARE_STATES = ['CA', 'NY', 'UT', 'VT'] as const;
export type CareState = (typeof CARE_STATES)[number];

export const MODALITIES = ['TELEHEALTH', 'PALM_SPRINGS', 'COACHELLA_VALLEY', 'JOSHUA_TREE'] as const;
export type Modality = (typeof MODALITIES)[number];

export type TherapistCard = {
  id: string;
  displayName: string;
  credentials: string;
  languages: string[];
  licenceState: CareState;
  licenceValidUntil: string;
  modalities: Modality[];
  timeZone: string;
  nextAvailableOn: string | null;
};

export const REASON_CODES = [
  'CONTINUITY',
  'MEMBER_CHOICE',
  'LICENSED_IN_STATE',
  'SPEAKS_LANGUAGE',
  'NO_THERAPIST_SPEAKS_LANGUAGE',
  'EARLIEST_AVAILABILITY',
  'ROOM_FOR_NEW_MEMBERS',
  'RANKED_FIRST',
] as const;
export type ReasonCode = (typeof REASON_CODES)[number];
/** `code` stays a string: a reason the server adds later is still shown, not dropped. */
export type Reason = { code: string; value: string | null };

export const CONDITIONS = [
  'CLEARED',
  'ENROLMENT_ACTIVE',
  'PROGRAMME_ACTIVE',
  'SEAT_HELD',
  'CONSENT_RELEASE',
  'LOCATION_SUPPORTED',
  'PROGRAMME_COVERS_STATE',
  'COURSE_FINISHED',
  'THERAPIST_LICENSED',
  'THERAPIST_CAPACITY',
  'THERAPIST_LANGUAGE',
] as const;
export type Condition = (typeof CONDITIONS)[number];
/** `message` is the server's English sentence, shown only for a condition this app does not know. */
export type UnmetCondition = { condition: string; message: string; value: string | null };

export type Preference = { language: string | null; languageRequired: boolean };

export type MyReferralStatus = 'AWAITING_CLEARANCE' | 'BLOCKED' | 'AWAITING_THERAPIST' | 'ACCEPTED';

export type MyReferral = {
  status: MyReferralStatus;
  referralId: string | null;
  therapist: TherapistCard | null;
  reasons: Reason[];
  chosenByMember: boolean;
  offeredAt: string | null;
  acceptedAt: string | null;
  unmetConditions: UnmetCondition[];
  preference: Preference;
  location: CareState | 'OTHER';
};

export type TherapistOption = { therapist: TherapistCard; reasons: Reason[]; current: boolean };

export type ChangeRequest = { therapistId?: string; reason?: string };

export const CHANGE_REASON_MAX = 500;

export const fetchMyReferral = (signal: AbortSignal) => api.get<MyReferral>('/api/referrals/me', { signal });
export const fetchMyOptions = (signal: AbortSignal) =>
  api.get<TherapistOption[]>('/api/referrals/me/options', { signal });
export const savePreference = (preference: Preference) =>
  api.put<MyReferral>('/api/referrals/me/preference', preference);
export const routeMe = () => api.post<MyReferral>('/api/referrals/me/route', {});
export const changeTherapist = (request: ChangeRequest) => api.post<MyReferral>('/api/referrals/me/change', request);

// The psychotherapist's side.

export const SETTINGS = ['OFFICE_MONITORED', 'HOME_WITH_SITTER'] as const;
export type Setting = (typeof SETTINGS)[number];

export type ReferralStatus = 'OFFERED' | 'ACCEPTED' | 'DECLINED' | 'EXPIRED' | 'ENDED';

/** A screening result with the member's answer to each question. */
export type ScreeningLine = BaseScreeningLine & { answers: number[] };

export type ReferralSummary = {
  id: string;
  status: ReferralStatus;
  pseudonym: string;
  state: CareState;
  ageBand: string;
  language: string | null;
  languageRequired: boolean;
  setting: Setting;
  urgent: boolean;
  offeredAt: string;
  respondBy: string;
  acceptedAt: string | null;
};

export type MemberContact = {
  legalName: string;
  birthDate: string;
  phone: string | null;
  address: string | null;
  email: string;
};

export type ReferralDetail = ReferralSummary & {
  screening: ScreeningLine[];
  identity: MemberContact | null;
  identityWithheld: null | 'NOT_ACCEPTED' | 'CONSENT_REVOKED';
};

export const DECLINE_REASON_MIN = 3;
export const DECLINE_REASON_MAX = 500;

const referralPath = (id: string) => `/api/referrals/${encodeURIComponent(id)}`;

export const fetchReferralQueue = (signal: AbortSignal) =>
  api.get<ReferralSummary[]>('/api/referrals/queue', { signal });
export const fetchAcceptedReferrals = (signal: AbortSignal) =>
  api.get<ReferralSummary[]>('/api/referrals/mine', { signal });
export const fetchReferral = (id: string, signal: AbortSignal) => api.get<ReferralDetail>(referralPath(id), { signal });
export const acceptReferral = (id: string) => api.post<ReferralDetail>(`${referralPath(id)}/accept`, {});
export const declineReferral = (id: string, reason: string) =>
  api.post<{ status: 'DECLINED' }>(`${referralPath(id)}/decline`, { reason });

export const referralPagePath = (id: string) => `/provider/referrals/${encodeURIComponent(id)}`;

export const isKnown = <T extends string>(list: readonly T[], value: string): value is T =>
  (list as readonly string[]).includes(value);

/** Translation key of the decline reason's problem, if any. */
export function validateDeclineReason(reason: string): string | undefined {
  const trimmed = reason.trim();
  if (trimmed === '') return 'referral.decline.reason.required';
  if (trimmed.length < DECLINE_REASON_MIN) return 'referral.decline.reason.tooShort';
  if (trimmed.length > DECLINE_REASON_MAX) return 'referral.decline.reason.tooLong';
  return undefined;
}
