import { isBand, isInstrument, ScreeningLineList, type ScreeningLine } from '../../../components/screening';
import { useT, type Translate } from '../../../lib/i18n';
import { isKnown, REVIEW_REASONS } from '../api/clearance-api';

export function instrumentName(t: Translate, instrument: string): string {
  return isInstrument(instrument) ? t(`clearance.instrument.${instrument}`) : instrument;
}

export function bandName(t: Translate, band: string): string {
  return isBand(band) ? t(`clearance.band.${band}`) : band;
}

export function reasonText(t: Translate, reason: string): string {
  return isKnown(REVIEW_REASONS, reason) ? t(`clearance.reason.${reason}`) : reason;
}

/** "PHQ-9: 16 of 27, moderately severe", one line per questionnaire. */
export function ScreeningBands({ screening }: { screening: ScreeningLine[] }) {
  const t = useT();
  return (
    <ScreeningLineList
      screening={screening}
      empty={<span className="muted">{t('clearance.screening.none')}</span>}
      describe={(line) =>
        t('clearance.screening.line', {
          name: instrumentName(t, line.instrument),
          total: line.total,
          maximum: line.maximum,
          band: bandName(t, line.band),
        })
      }
    />
  );
}

export function ReviewReasons({ reasons }: { reasons: string[] }) {
  const t = useT();
  if (reasons.length === 0) return <span className="muted">{t('clearance.reasons.none')}</span>;
  return (
    <ul className="plain-list">
      {reasons.map((reason) => (
        <li key={reason} data-reason={reason}>
          {reasonText(t, reason)}
        </li>
      ))}
    </ul>
  );
}
