import { useT, type Translate } from '../../../lib/i18n';
import { isKnown, type ScreeningLine } from '../api/referral-api';

const INSTRUMENTS = ['PHQ9', 'GAD7', 'PCL5', 'CONTRAINDICATIONS'] as const;
/** Questionnaires whose item answers are scores worth reading one by one. */
const SCORED = ['PHQ9', 'GAD7', 'PCL5'] as const;
const BANDS = [
  'MINIMAL',
  'MILD',
  'MODERATE',
  'MODERATELY_SEVERE',
  'SEVERE',
  'BELOW_THRESHOLD',
  'PROBABLE_PTSD',
  'NONE_REPORTED',
  'PRESCRIBER_REVIEW',
] as const;

const instrumentName = (t: Translate, instrument: string) =>
  isKnown(INSTRUMENTS, instrument) ? t(`referral.instrument.${instrument}`) : instrument;
const bandName = (t: Translate, band: string) => (isKnown(BANDS, band) ? t(`referral.band.${band}`) : band);

/** The member's baseline screening, one questionnaire per line, answers on request. */
export function ScreeningLines({ screening }: { screening: ScreeningLine[] }) {
  const t = useT();
  if (screening.length === 0) return <p className="muted">{t('referral.screening.none')}</p>;
  return (
    <ul className="plain-list" data-testid="referral-screening">
      {screening.map((line) => (
        <li key={line.instrument} data-instrument={line.instrument}>
          {t('referral.screening.line', {
            name: instrumentName(t, line.instrument),
            total: line.total,
            maximum: line.maximum,
            band: bandName(t, line.band),
          })}
          {isKnown(SCORED, line.instrument) && line.answers.length > 0 && (
            <details>
              <summary>{t('referral.screening.answers')}</summary>
              <ol className="answer-list">
                {line.answers.map((answer, index) => (
                  <li key={index}>{t('referral.screening.answer', { number: index + 1, answer })}</li>
                ))}
              </ol>
            </details>
          )}
        </li>
      ))}
    </ul>
  );
}
