import { isBand, isInstrument, isScoredInstrument, ScreeningLineList } from '../../../components/screening';
import { useT, type Translate } from '../../../lib/i18n';
import type { ScreeningLine } from '../api/referral-api';

const instrumentName = (t: Translate, instrument: string) =>
  isInstrument(instrument) ? t(`referral.instrument.${instrument}`) : instrument;
const bandName = (t: Translate, band: string) => (isBand(band) ? t(`referral.band.${band}`) : band);

/** The member's baseline screening, one questionnaire per line, answers on request. */
export function ScreeningLines({ screening }: { screening: ScreeningLine[] }) {
  const t = useT();
  return (
    <ScreeningLineList
      screening={screening}
      testId="referral-screening"
      empty={<p className="muted">{t('referral.screening.none')}</p>}
      describe={(line) =>
        t('referral.screening.line', {
          name: instrumentName(t, line.instrument),
          total: line.total,
          maximum: line.maximum,
          band: bandName(t, line.band),
        })
      }
      details={(line) =>
        isScoredInstrument(line.instrument) &&
        line.answers.length > 0 && (
          <details>
            <summary>{t('referral.screening.answers')}</summary>
            <ol className="answer-list">
              {line.answers.map((answer, index) => (
                <li key={index}>{t('referral.screening.answer', { number: index + 1, answer })}</li>
              ))}
            </ol>
          </details>
        )
      }
    />
  );
}
