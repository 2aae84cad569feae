import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { Alert, Button, DataTable, ProblemAlert, QueryStatus, StatusBadge } from '../../../components/ui';
import { isApiProblem, type ApiProblem } from '../../../lib/api-client';
import { formatDateTime, useLocale, useT } from '../../../lib/i18n';
import { usePageTitle } from '../../../lib/page-title';
import { useApiQuery } from '../../../lib/use-api-query';
import { acceptCase, byUrgencyThenAge, fetchMyCases, fetchQueue, type QueueRow } from '../api/clearance-api';
import { ReviewReasons, ScreeningBands } from './ScreeningSummary';

export const casePagePath = (id: string | number) => `/provider/clearance/${encodeURIComponent(String(id))}`;

export function ClearanceQueuePage() {
  const t = useT();
  usePageTitle(t('clearance.queue.heading'));
  const queue = useApiQuery('clearance-queue', fetchQueue);

  // Psychotherapists are refused (403): medical clearance belongs to prescribers.
  if (queue.status === 'error' && queue.problem.status === 403) {
    return (
      <>
        <h1>{t('clearance.queue.heading')}</h1>
        <p className="lead" data-testid="clearance-prescribers-only">
          {t('clearance.queue.prescribersOnly')}
        </p>
      </>
    );
  }

  return (
    <>
      <h1>{t('clearance.queue.heading')}</h1>
      <p className="lead">{t('clearance.queue.lead')}</p>
      <section className="section" aria-labelledby="clearance-waiting-heading">
        <h2 id="clearance-waiting-heading">{t('clearance.queue.waiting')}</h2>
        {queue.status === 'success' ? (
          <WaitingTable rows={queue.data} onTaken={queue.retry} />
        ) : (
          <QueryStatus state={queue} />
        )}
      </section>
      <MyCases />
    </>
  );
}

function WaitingTable({ rows, onTaken }: { rows: QueueRow[]; onTaken: () => void }) {
  const t = useT();
  const { locale } = useLocale();
  const navigate = useNavigate();
  const [accepting, setAccepting] = useState<string | null>(null);
  const [problem, setProblem] = useState<ApiProblem | null>(null);

  async function accept(row: QueueRow) {
    if (accepting) return;
    setAccepting(String(row.id));
    setProblem(null);
    try {
      await acceptCase(row.id);
      navigate(casePagePath(row.id));
    } catch (error) {
      if (!isApiProblem(error)) throw error;
      setProblem(error);
      if (error.status === 409) onTaken();
    } finally {
      setAccepting(null);
    }
  }

  const taken = problem?.status === 409;
  return (
    <>
      {problem &&
        (taken ? (
          <Alert title={t('clearance.queue.taken.title')} testId="case-taken">
            <p>{t('clearance.queue.taken.detail')}</p>
          </Alert>
        ) : (
          <ProblemAlert problem={problem} />
        ))}
      <DataTable
        caption={t('clearance.queue.caption')}
        rows={byUrgencyThenAge(rows)}
        rowKey={(row) => String(row.id)}
        rowData={(row) => ({ 'data-case-id': String(row.id), 'data-urgent': String(row.urgent) })}
        emptyText={t('clearance.queue.empty')}
        testId="clearance-queue"
        columns={[
          {
            header: t('clearance.column.member'),
            cell: (row) => (
              <>
                <span>{row.pseudonym}</span>
                {row.urgent && (
                  <span className="cell__sub">
                    <StatusBadge tone="warning" testId={`urgent-${row.id}`}>
                      {t('clearance.urgent')}
                    </StatusBadge>
                  </span>
                )}
              </>
            ),
          },
          { header: t('clearance.column.state'), cell: (row) => row.state },
          { header: t('clearance.column.screening'), cell: (row) => <ScreeningBands screening={row.screening} /> },
          { header: t('clearance.column.reasons'), cell: (row) => <ReviewReasons reasons={row.reviewReasons} /> },
          { header: t('clearance.column.queuedAt'), cell: (row) => formatDateTime(row.queuedAt, locale) },
          {
            header: t('clearance.column.action'),
            cell: (row) => (
              <Button
                data-testid={`accept-case-${row.id}`}
                busy={accepting === String(row.id)}
                disabled={accepting !== null}
                aria-label={t('clearance.queue.acceptFor', { pseudonym: row.pseudonym })}
                onClick={() => void accept(row)}
              >
                {accepting === String(row.id) ? t('clearance.queue.accepting') : t('clearance.queue.accept')}
              </Button>
            ),
          },
        ]}
      />
    </>
  );
}

function MyCases() {
  const t = useT();
  const { locale } = useLocale();
  const mine = useApiQuery('clearance-mine', fetchMyCases);
  return (
    <section className="section" aria-labelledby="clearance-mine-heading">
      <h2 id="clearance-mine-heading">{t('clearance.mine.heading')}</h2>
      {mine.status === 'success' ? (
        <DataTable
          caption={t('clearance.mine.caption')}
          rows={byUrgencyThenAge(mine.data)}
          rowKey={(row) => String(row.id)}
          rowData={(row) => ({ 'data-case-id': String(row.id) })}
          emptyText={t('clearance.mine.empty')}
          testId="my-cases"
          columns={[
            {
              header: t('clearance.column.member'),
              cell: (row) => (
                <>
                  <Link to={casePagePath(row.id)} data-testid={`open-case-${row.id}`}>
                    {row.pseudonym}
                  </Link>
                  {row.urgent && (
                    <span className="cell__sub">
                      <StatusBadge tone="warning">{t('clearance.urgent')}</StatusBadge>
                    </span>
                  )}
                </>
              ),
            },
            { header: t('clearance.column.state'), cell: (row) => row.state },
            { header: t('clearance.column.screening'), cell: (row) => <ScreeningBands screening={row.screening} /> },
            { header: t('clearance.column.status'), cell: (row) => t(`clearance.status.${row.status}`) },
            { header: t('clearance.column.queuedAt'), cell: (row) => formatDateTime(row.queuedAt, locale) },
          ]}
        />
      ) : (
        <QueryStatus state={mine} />
      )}
    </section>
  );
}
