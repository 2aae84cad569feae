import { SUPPORTED_STATES } from '../../../components/location';
import { formatCalendarDate, formatList, formatNumber, languageName, type Locale, type Translate } from '../../../lib/i18n';
import { isKnown, MODALITIES, SETTINGS, type MyReferral, type Reason } from '../api/referral-api';

/** "UT" -> "Utah"; the state names are the location picker's, so both read the same. */
export function stateName(t: Translate, code: string): string {
  return isKnown(SUPPORTED_STATES, code) ? t(`location.${code}`) : code;
}

export function modalityName(t: Translate, modality: string): string {
  return isKnown(MODALITIES, modality) ? t(`referral.modality.${modality}`) : modality;
}

export function settingName(t: Translate, setting: string): string {
  return isKnown(SETTINGS, setting) ? t(`referral.setting.${setting}`) : setting;
}

export function languageList(codes: string[], locale: Locale): string {
  return formatList(codes.map((code) => languageName(code, locale)), locale);
}

/** "Spanish (required)", "Spanish (preferred)" or "No preference", for the psychotherapist. */
export function languageNeed(t: Translate, locale: Locale, language: string | null, required: boolean): string {
  if (!language) return t('referral.language.none');
  const name = languageName(language, locale);
  return t(required ? 'referral.language.required' : 'referral.language.preferred', { language: name });
}

/** One sentence per reason; null for a reason that lacks the value it needs (nothing sensible to say). */
export function reasonText(t: Translate, locale: Locale, reason: Reason): string | null {
  const value = reason.value;
  switch (reason.code) {
    case 'CONTINUITY':
    case 'MEMBER_CHOICE':
      return t(`referral.reason.${reason.code}`);
    case 'LICENSED_IN_STATE':
      return value ? t('referral.reason.LICENSED_IN_STATE', { state: stateName(t, value) }) : null;
    case 'SPEAKS_LANGUAGE':
    case 'NO_THERAPIST_SPEAKS_LANGUAGE':
      return value ? t(`referral.reason.${reason.code}`, { language: languageName(value, locale) }) : null;
    case 'EARLIEST_AVAILABILITY':
      return value ? t('referral.reason.EARLIEST_AVAILABILITY', { date: formatCalendarDate(value, locale) }) : null;
    case 'ROOM_FOR_NEW_MEMBERS':
    case 'RANKED_FIRST': {
      const count = Number(value);
      if (!value || !Number.isFinite(count)) return null;
      const form = count === 1 ? 'one' : 'other';
      return t(`referral.reason.${reason.code}.${form}`, { count: formatNumber(count, locale) });
    }
    default:
      return value ? `${reason.code}: ${value}` : reason.code;
  }
}

/** The member's referral in one sentence, the same on the page and on the home card. */
export function referralStatusText(t: Translate, referral: MyReferral): string {
  const name = referral.therapist?.displayName;
  switch (referral.status) {
    case 'AWAITING_THERAPIST':
      return name ? t('referral.status.AWAITING_THERAPIST', { name }) : t('referral.status.AWAITING_THERAPIST.unnamed');
    case 'ACCEPTED':
      return name ? t('referral.status.ACCEPTED', { name }) : t('referral.status.ACCEPTED.unnamed');
    case 'BLOCKED':
      return t('referral.status.BLOCKED');
    default:
      return t('referral.status.AWAITING_CLEARANCE');
  }
}
