import { Link } from 'react-router-dom';
import { CrisisResources } from '../../../components/crisis';
import { Card, DataTable, QueryStatus } from '../../../components/ui';
import { formatDateTime, useLocale, useT } from '../../../lib/i18n';
import { usePageTitle } from '../../../lib/page-title';
import { useApiQuery } from '../../../lib/use-api-query';
import { BANDS, INSTRUMENTS, fetchMyScreening, type Instrument, type ResultSummary } from '../api/screening-api';
import { ConsentRequired } from './ConsentRequired';
import { ScoresHistory } from './ScoresHistory';

/** "My scores": every result over time, with what each band means in plain words. */
export function ScoresPage() {
  const t = useT();
  const mine = useApiQuery('my-screening', fetchMyScreening);
  usePageTitle(t('scores.heading'));

  return (
    <div data-testid="my-scores">
      <h1 data-testid="scores-heading">{t('scores.heading')}</h1>
      <p className="lead">{t('scores.lead')}</p>
      {mine.status === 'success' ? (
        mine.data.results.length === 0 ? (
          <p data-testid="scores-empty">
            {t('scores.empty')} <Link to="/member/screening">{t('scores.startLink')}</Link>
          </p>
        ) : (
          <>
            <ScoresHistory />
            {INSTRUMENTS.map((instrument) => (
              <InstrumentScores
                key={instrument}
                instrument={instrument}
                results={mine.data.results.filter((result) => result.instrument === instrument)}
              />
            ))}
            <p className="note">{t('scores.reassurance')}</p>
          </>
        )
      ) : mine.status === 'error' && mine.problem.slug === 'consent-required' ? (
        <ConsentRequired problem={mine.problem} />
      ) : (
        <QueryStatus state={mine} />
      )}
      <CrisisResources />
    </div>
  );
}

function InstrumentScores({ instrument, results }: { instrument: Instrument; results: ResultSummary[] }) {
  const t = useT();
  const { locale } = useLocale();
  const name = t(`screening.name.${instrument}`);
  const newestFirst = [...results].sort((a, b) => b.takenAt.localeCompare(a.takenAt));

  return (
    <Card title={name} testId={`scores-${instrument}`}>
      <p>{t(`scores.about.${instrument}`)}</p>
      {newestFirst.length === 0 ? (
        <p className="muted">{t('scores.noResults')}</p>
      ) : (
        <DataTable
          caption={t('scores.table.caption', { name })}
          rows={newestFirst}
          rowKey={(row) => `${row.takenAt}-${row.total}`}
          rowData={(row) => ({ 'data-band': row.band })}
          emptyText={t('scores.noResults')}
          columns={[
            { header: t('scores.table.date'), cell: (row) => formatDateTime(row.takenAt, locale) },
            {
              header: t('scores.table.score'),
              cell: (row) => t('scores.table.scoreValue', { total: row.total, maximum: row.maximum }),
            },
            { header: t('scores.table.meaning'), cell: (row) => t(`screening.band.${instrument}.${row.band}`) },
          ]}
        />
      )}
      {instrument !== 'CONTRAINDICATIONS' && (
        <>
          <h3 className="bands__title">{t('scores.bands')}</h3>
          <ul className="bands" data-testid={`bands-${instrument}`}>
            {BANDS[instrument].map(({ band, range }) => (
              <li key={band}>
                <strong>{t('scores.band.range', { range })}</strong> — {t(`screening.band.${instrument}.${band}`)}
              </li>
            ))}
          </ul>
        </>
      )}
    </Card>
  );
}
