import { useId } from 'react';
import { SCORED_INSTRUMENTS } from '../../../components/screening';
import { DataTable, QueryStatus } from '../../../components/ui';
import { formatNumber, useLocale, useT, type Locale, type Translate } from '../../../lib/i18n';
import { useApiQuery } from '../../../lib/use-api-query';
import { BANDS, HISTORY_TIMEPOINTS, fetchMyHistory, type HistoryEntry, type Instrument } from '../api/screening-api';

type Row = { timepoint: string; entry: HistoryEntry | undefined };

/**
 * The member's own chart: each questionnaire at baseline, at the end of treatment and 3 and 6 months
 * later, as a small table with a bar per score. Left out when the server has no history to give.
 */
export function ScoresHistory() {
  const t = useT();
  const headingId = useId();
  const history = useApiQuery('my-screening-history', fetchMyHistory);
  if (history.status === 'loading') return null;
  if (history.status === 'error') {
    if (history.problem.status === 404) return null;
    return (
      <section className="section" aria-labelledby={headingId} data-testid="scores-history">
        <h2 id={headingId}>{t('scores.history.heading')}</h2>
        <QueryStatus state={history} />
      </section>
    );
  }
  const instruments = SCORED_INSTRUMENTS.filter((instrument) =>
    history.data.some((entry) => entry.instrument === instrument),
  );
  if (instruments.length === 0) return null;
  return (
    <section className="section" aria-labelledby={headingId} data-testid="scores-history">
      <h2 id={headingId}>{t('scores.history.heading')}</h2>
      <p>{t('scores.history.lead')}</p>
      {instruments.map((instrument) => (
        <InstrumentHistory
          key={instrument}
          instrument={instrument}
          entries={history.data.filter((entry) => entry.instrument === instrument)}
        />
      ))}
    </section>
  );
}

function InstrumentHistory({ instrument, entries }: { instrument: Instrument; entries: HistoryEntry[] }) {
  const t = useT();
  const { locale } = useLocale();
  const name = t(`screening.name.${instrument}`);
  // Every known timepoint gets a row (the ones still ahead say so); one the app does not know is added at the end.
  const known: readonly string[] = HISTORY_TIMEPOINTS;
  const extra = [...new Set(entries.map((entry) => entry.timepoint))].filter((timepoint) => !known.includes(timepoint));
  const rows: Row[] = [...known, ...extra].map((timepoint) => ({
    timepoint,
    // The newest answer counts when a timepoint was answered twice.
    entry: entries
      .filter((entry) => entry.timepoint === timepoint)
      .sort((a, b) => b.takenAt.localeCompare(a.takenAt))[0],
  }));

  return (
    <DataTable
      caption={t('scores.history.caption', { name })}
      rows={rows}
      rowKey={(row) => row.timepoint}
      rowData={(row) => ({ 'data-timepoint': row.timepoint, 'data-band': row.entry?.band ?? '' })}
      emptyText={t('scores.noResults')}
      testId={`history-${instrument}`}
      columns={[
        { header: t('scores.history.when'), cell: (row) => timepointName(t, row.timepoint) },
        {
          header: t('scores.table.date'),
          cell: (row) => (row.entry ? formatDate(row.entry.takenAt, locale) : t('scores.history.notYet')),
        },
        {
          header: t('scores.table.score'),
          cell: (row) => (row.entry ? <ScoreBar entry={row.entry} locale={locale} /> : '—'),
        },
        {
          header: t('scores.table.meaning'),
          cell: (row) => (row.entry ? bandName(t, instrument, row.entry.band) : '—'),
        },
      ]}
    />
  );
}

function ScoreBar({ entry, locale }: { entry: HistoryEntry; locale: Locale }) {
  const t = useT();
  const share = entry.maximum > 0 ? Math.min(100, Math.max(0, (entry.total / entry.maximum) * 100)) : 0;
  return (
    <span className="score">
      <span className="score__text">
        {t('scores.table.scoreValue', { total: formatNumber(entry.total, locale), maximum: formatNumber(entry.maximum, locale) })}
      </span>
      {/* The bar repeats the number for the eye only; the text above is what is read out. */}
      <span className="score__bar" aria-hidden="true">
        <span className="score__fill" style={{ width: `${share}%` }} />
      </span>
    </span>
  );
}

function timepointName(t: Translate, timepoint: string): string {
  return (HISTORY_TIMEPOINTS as readonly string[]).includes(timepoint) ? t(`scores.timepoint.${timepoint}`) : timepoint;
}

function bandName(t: Translate, instrument: Instrument, band: string): string {
  return BANDS[instrument].some((known) => known.band === band) ? t(`screening.band.${instrument}.${band}`) : band;
}

/** The day it was answered, in the reader's own calendar. */
function formatDate(isoInstant: string, locale: Locale): string {
  const date = new Date(isoInstant);
  if (Number.isNaN(date.getTime())) return isoInstant;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(date);
}
