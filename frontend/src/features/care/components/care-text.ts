import { formatNumber, type Locale, type Translate } from '../../../lib/i18n';
import { FOLLOW_UP_TIMEPOINTS, isKnown, SESSION_KINDS, SESSION_STATUSES, SETTINGS, type Session } from '../api/care-api';

export function kindName(t: Translate, kind: string): string {
  return isKnown(SESSION_KINDS, kind) ? t(`care.kind.${kind}`) : kind;
}

export function statusName(t: Translate, status: string): string {
  return isKnown(SESSION_STATUSES, status) ? t(`care.status.${status}`) : status;
}

export function settingName(t: Translate, setting: string): string {
  return isKnown(SETTINGS, setting) ? t(`care.setting.${setting}`) : setting;
}

export function timepointName(t: Translate, timepoint: string): string {
  return isKnown(FOLLOW_UP_TIMEPOINTS, timepoint) ? t(`care.timepoint.${timepoint}`) : timepoint;
}

/** "1 hour", "2.5 hours", in the reader's number format. */
export function hoursText(t: Translate, locale: Locale, hours: number): string {
  return t(hours === 1 ? 'care.hours.one' : 'care.hours.other', { hours: formatNumber(hours, locale) });
}

/** "Preparation · 60 minutes". */
export function kindWithLength(t: Translate, session: Pick<Session, 'kind' | 'startsAt' | 'endsAt'>): string {
  const minutes = Math.round((Date.parse(session.endsAt) - Date.parse(session.startsAt)) / 60_000);
  const name = kindName(t, session.kind);
  return Number.isFinite(minutes) && minutes > 0 ? t('care.kindWithLength', { kind: name, minutes }) : name;
}

/** The badge tone per status: done is good news, a missed or cancelled session is worth a look. */
export function statusTone(status: string): 'positive' | 'neutral' | 'warning' {
  if (status === 'COMPLETED') return 'positive';
  if (status === 'NO_SHOW' || status === 'CANCELLED') return 'warning';
  return 'neutral';
}
