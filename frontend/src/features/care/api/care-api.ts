import { api } from '../../../lib/api-client';

export const SESSION_KINDS = ['PREPARATION', 'MEDICINE', 'INTEGRATION'] as const;
export type SessionKind = (typeof SESSION_KINDS)[number];

export const SESSION_STATUSES = ['BOOKED', 'COMPLETED', 'NO_SHOW', 'CANCELLED'] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];

export const SETTINGS = ['OFFICE_MONITORED', 'HOME_WITH_SITTER'] as const;
export type Setting = (typeof SETTINGS)[number];

/** Minutes per session in the KAP protocol (the API also sends `hours` and `durationMinutes`). */
export const KIND_MINUTES: Record<SessionKind, number> = { PREPARATION: 60, MEDICINE: 150, INTEGRATION: 60 };
/** Integration must start within this many hours after a medicine session ends. */
export const INTEGRATION_WINDOW_HOURS = 96;
/** The session room opens this many minutes before the start. */
export const JOIN_OPENS_MINUTES = 15;

export type Session = {
  id: string;
  kind: SessionKind;
  status: SessionStatus;
  startsAt: string;
  endsAt: string;
  hours: number;
  setting: Setting | null;
  sitterName: string | null;
  therapistName: string;
  therapistTimeZone: string;
  memberPseudonym: string;
  memberTimeZone: string;
  cancelledBy: 'MEMBER' | 'PROVIDER' | 'PORTAL' | null;
  cancelReason: string | null;
  lateCancellation: boolean;
  integrationDeadline: string | null;
};

export const FOLLOW_UP_TIMEPOINTS = ['END_OF_TREATMENT', 'MONTH_3', 'MONTH_6'] as const;
export type FollowUpTimepoint = (typeof FOLLOW_UP_TIMEPOINTS)[number];

/** The questionnaires asked again at each follow-up, in the order they are answered. */
export const FOLLOW_UP_INSTRUMENTS = ['PHQ9', 'GAD7', 'PCL5'] as const;
export type FollowUpInstrument = (typeof FOLLOW_UP_INSTRUMENTS)[number];

export type FollowUp = {
  id: string;
  timepoint: FollowUpTimepoint;
  dueAt: string;
  completedAt: string | null;
  remaining: FollowUpInstrument[];
};

export const REMINDER_KINDS = [
  'INTEGRATION_WINDOW_CLOSING',
  'INTEGRATION_WINDOW_MISSED',
  'FOLLOW_UP_DUE',
  'SESSION_CANCELLED_CARE_ENDED',
] as const;
/** `kind` stays a string: a reminder the server adds later is still shown, not dropped. */
export type Reminder = { kind: string; at: string; sessionId: string | null };

export type NextStep = 'PREPARATION' | 'MEDICINE' | 'INTEGRATION' | 'MEDICINE_OR_DONE' | 'NONE';

export type CarePlan = {
  status: 'NO_THERAPIST' | 'READY' | 'ENDED';
  therapist: { id: string; displayName: string; timeZone: string } | null;
  memberTimeZone: string;
  setting: Setting | null;
  packageHours: number;
  hoursBooked: number;
  hoursCompleted: number;
  hoursRemaining: number;
  nextStep: NextStep;
  integrationWindow: { medicineSessionId: string; opensAt: string; closesAt: string } | null;
  sessions: Session[];
  followUps: FollowUp[];
  reminders: Reminder[];
  policy: { minimumNoticeHours: number; lateCancellationHours: number };
};

export type Slots = { kind: SessionKind; durationMinutes: number; slots: string[]; windowClosesAt: string | null };

export type BookingRequest = { kind: SessionKind; startsAt: string; sitterName?: string; sitterAttested?: boolean };
export type JoinLink = { url: string; opensAt: string };
export type Outcome = 'COMPLETED' | 'NO_SHOW';

/** The booking fields the server may name in a 400. */
export const BOOKING_FIELDS = ['startsAt', 'sitterName', 'sitterAttested'] as const;
export type BookingField = (typeof BOOKING_FIELDS)[number];

export const REASON_MIN = 3;
export const REASON_MAX = 500;
export const SITTER_NAME_MAX = 200;

const sessionPath = (id: string) => `/api/care/sessions/${encodeURIComponent(id)}`;

// The member's side.
export const fetchCarePlan = (signal: AbortSignal) => api.get<CarePlan>('/api/care/me', { signal });
export const fetchSlots = (kind: SessionKind, signal: AbortSignal) =>
  api.get<Slots>(`/api/care/me/slots?kind=${encodeURIComponent(kind)}`, { signal });
export const bookSession = (request: BookingRequest) => api.post<Session>('/api/care/me/sessions', request);

// Either side of a session: its member or its therapist.
export const cancelSession = (id: string, reason: string) => api.post<Session>(`${sessionPath(id)}/cancel`, { reason });
export const rescheduleSession = (id: string, startsAt: string, reason: string) =>
  api.post<Session>(`${sessionPath(id)}/reschedule`, { startsAt, reason });
export const joinSession = (id: string) => api.get<JoinLink>(`${sessionPath(id)}/join`);

// The therapist's side.
export type AgendaRange = 'UPCOMING' | 'PAST';
/** Days counted by the server in the therapist's zone, so the browser's own date never shifts the range. */
export type Agenda = { range: AgendaRange; timeZone: string; today: string; from: string; to: string; sessions: Session[] };
export const fetchProviderAgenda = (range: AgendaRange, signal: AbortSignal) =>
  api.get<Agenda>(`/api/care/provider/sessions?range=${range}`, { signal });
export type TherapistReminder = { kind: string; at: string; medicineSessionId: string; memberPseudonym: string; closesAt: string };
export const fetchTherapistReminders = (signal: AbortSignal) =>
  api.get<TherapistReminder[]>('/api/care/provider/reminders', { signal });
export const completeSession = (id: string, outcome: Outcome) =>
  api.post<Session>(`${sessionPath(id)}/complete`, { outcome });

export const isKnown = <T extends string>(list: readonly T[], value: string): value is T =>
  (list as readonly string[]).includes(value);

/** "month-3", "MONTH_3" -> "MONTH_3"; undefined for anything else. */
export function parseTimepoint(value: string | undefined): FollowUpTimepoint | undefined {
  const normal = (value ?? '').trim().toUpperCase().replace(/-/g, '_');
  return isKnown(FOLLOW_UP_TIMEPOINTS, normal) ? normal : undefined;
}

/** Translation key of what is wrong with a cancel or reschedule reason, if anything. */
export function validateReason(reason: string): string | undefined {
  const trimmed = reason.trim();
  if (trimmed === '') return 'care.reason.required';
  if (trimmed.length < REASON_MIN) return 'care.reason.tooShort';
  if (trimmed.length > REASON_MAX) return 'care.reason.tooLong';
  return undefined;
}

/** The kind the booking panel offers: the integration while its window is open, else the next step. */
export function bookableKind(plan: CarePlan): SessionKind | null {
  if (plan.status !== 'READY') return null;
  if (plan.integrationWindow) return 'INTEGRATION';
  switch (plan.nextStep) {
    case 'PREPARATION':
    case 'MEDICINE':
    case 'INTEGRATION':
      return plan.nextStep;
    case 'MEDICINE_OR_DONE':
      return 'MEDICINE';
    default:
      return null;
  }
}

/** Sessions still to happen (or under way, not yet marked), soonest first. */
export function bookedSessions(sessions: Session[]): Session[] {
  return sessions.filter((session) => session.status === 'BOOKED').sort((a, b) => a.startsAt.localeCompare(b.startsAt));
}

/** Follow-ups that are open now: due and not yet answered in full. */
export function dueFollowUps(followUps: FollowUp[], now: number = Date.now()): FollowUp[] {
  return followUps.filter((followUp) => !followUp.completedAt && Date.parse(followUp.dueAt) <= now);
}

/** Puts a session the server returned into the list (replacing its older self), oldest first. */
export function withSession(sessions: Session[], session: Session): Session[] {
  return [...sessions.filter((old) => old.id !== session.id), session].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
}

export const followUpPath = (timepoint: FollowUpTimepoint) => `/member/follow-up/${timepoint}`;
