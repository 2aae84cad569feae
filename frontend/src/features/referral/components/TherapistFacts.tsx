import { formatCalendarDate, formatList, useLocale, useT } from '../../../lib/i18n';
import type { Reason, TherapistCard } from '../api/referral-api';
import { languageList, modalityName, reasonText, stateName } from './referral-text';

/** Credentials, languages, licence, ways of meeting and availability of one therapist. */
export function TherapistFacts({ therapist }: { therapist: TherapistCard }) {
  const t = useT();
  const { locale } = useLocale();
  return (
    <dl className="facts">
      <dt>{t('referral.therapist.credentials')}</dt>
      <dd>{therapist.credentials}</dd>
      <dt>{t('referral.therapist.languages')}</dt>
      <dd>{languageList(therapist.languages, locale)}</dd>
      <dt>{t('referral.therapist.licence')}</dt>
      <dd>
        {t('referral.therapist.licenceText', {
          state: stateName(t, therapist.licenceState),
          date: formatCalendarDate(therapist.licenceValidUntil, locale),
        })}
      </dd>
      <dt>{t('referral.therapist.modalities')}</dt>
      <dd>{formatList(therapist.modalities.map((modality) => modalityName(t, modality)), locale)}</dd>
      <dt>{t('referral.therapist.nextAvailable')}</dt>
      <dd>
        {therapist.nextAvailableOn
          ? formatCalendarDate(therapist.nextAvailableOn, locale)
          : t('referral.therapist.nextAvailableUnknown')}
      </dd>
      <dt>{t('referral.therapist.timeZone')}</dt>
      <dd>{therapist.timeZone}</dd>
    </dl>
  );
}

/** "Why this therapist": each reason the server gave, in order, as a sentence. */
export function ReasonList({ reasons, testId }: { reasons: Reason[]; testId?: string }) {
  const t = useT();
  const { locale } = useLocale();
  const lines = reasons.flatMap((reason) => {
    const text = reasonText(t, locale, reason);
    return text ? [{ code: reason.code, text }] : [];
  });
  if (lines.length === 0) return null;
  return (
    <ul className="reason-list" data-testid={testId}>
      {lines.map((line) => (
        <li key={line.code} data-reason={line.code}>
          {line.text}
        </li>
      ))}
    </ul>
  );
}
