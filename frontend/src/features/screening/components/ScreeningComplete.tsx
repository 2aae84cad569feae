import { Link } from 'react-router-dom';
import { Card } from '../../../components/ui';
import { useT } from '../../../lib/i18n';
import { latestResults, type ResultSummary } from '../api/screening-api';

/** All four done: what came out, and what happens next. */
export function ScreeningComplete({ results }: { results: ResultSummary[] }) {
  const t = useT();
  const latest = latestResults(results);
  return (
    <section className="section" aria-labelledby="screening-complete-heading" data-testid="screening-complete">
      <h2 id="screening-complete-heading">{t('screening.complete.heading')}</h2>
      {latest.length > 0 && (
        <>
          <h3>{t('screening.complete.summary')}</h3>
          <ul className="result-list" data-testid="screening-summary">
            {latest.map((result) => (
              <li key={result.instrument} data-instrument={result.instrument} data-band={result.band}>
                <strong>{t(`screening.name.${result.instrument}`)}</strong>
                {result.instrument === 'CONTRAINDICATIONS' ? ' — ' : ` — ${t('scores.table.scoreValue', { total: result.total, maximum: result.maximum })}. `}
                {t(`screening.band.${result.instrument}.${result.band}`)}
              </li>
            ))}
          </ul>
        </>
      )}
      <Card title={t('screening.complete.next')} tone="promise">
        <p>{t('screening.complete.nextText')}</p>
        <ul className="link-list">
          <li>
            <Link to="/member/scores">{t('screening.complete.scoresLink')}</Link>
          </li>
          <li>
            <Link to="/member">{t('screening.complete.homeLink')}</Link>
          </li>
        </ul>
      </Card>
    </section>
  );
}
