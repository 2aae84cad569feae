import { useEffect, useRef } from 'react';
import { useT } from '../../../lib/i18n';
import type { ScreeningResult } from '../api/screening-api';

type Props = { result: ScreeningResult; focus: boolean };

/** The score just sent, briefly and calmly; the next questionnaire follows below it. */
export function ResultNotice({ result, focus }: Props) {
  const t = useT();
  const box = useRef<HTMLDivElement>(null);
  const health = result.instrument === 'CONTRAINDICATIONS';

  useEffect(() => {
    if (focus) box.current?.focus();
  }, [result, focus]);

  return (
    <div
      ref={box}
      tabIndex={-1}
      className="card card--plain result"
      data-testid="screening-result"
      data-instrument={result.instrument}
      data-band={result.band}
    >
      <h2 className="card__title">{t('screening.result.heading', { name: t(`screening.name.${result.instrument}`) })}</h2>
      <p>
        {t(health ? 'screening.result.yesCount' : 'screening.result.score', {
          total: result.total,
          maximum: result.maximum,
        })}
      </p>
      {health && result.band === 'PRESCRIBER_REVIEW' ? (
        <p data-testid="prescriber-review">{t('screening.result.review')}</p>
      ) : (
        <p data-testid="result-band">{t(`screening.band.${result.instrument}.${result.band}`)}</p>
      )}
      {!health && <p className="muted">{t('screening.result.reassurance')}</p>}
    </div>
  );
}
