import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { Button, DataTable, QueryStatus, StatusBadge } from '../../../components/ui';
import { isApiProblem, type ApiProblem } from '../../../lib/api-client';
import { formatDateTime, useLocale, useT } from '../../../lib/i18n';
import { usePageTitle } from '../../../lib/page-title';
import { useApiQuery } from '../../../lib/use-api-query';
import {
  acceptReferral,
  fetchAcceptedReferrals,
  fetchReferralQueue,
  referralPagePath,
  type ReferralSummary,
} from '../api/referral-api';
import { AcceptProblem } from './AcceptProblem';
import { languageNeed, settingName, stateName } from './referral-text';
import { PsychotherapistsOnly } from './PsychotherapistsOnly';

export function ReferralQueuePage() {
  const t = useT();
  usePageTitle(t('referral.queue.heading'));
  const queue = useApiQuery('referral-queue', fetchReferralQueue);

  // Prescribers are refused (403): referrals go to psychotherapists.
  if (queue.status === 'error' && queue.problem.status === 403) {
    return (
      <>
        <h1>{t('referral.queue.heading')}</h1>
        <PsychotherapistsOnly />
      </>
    );
  }

  return (
    <>
      <h1>{t('referral.queue.heading')}</h1>
      <p className="lead">{t('referral.queue.lead')}</p>
      <section className="section" aria-labelledby="new-referrals-heading">
        <h2 id="new-referrals-heading">{t('referral.queue.new')}</h2>
        {queue.status === 'success' ? (
          <NewReferrals rows={queue.data} onGone={queue.retry} />
        ) : (
          <QueryStatus state={queue} />
        )}
      </section>
      <YourMembers />
    </>
  );
}

function NewReferrals({ rows, onGone }: { rows: ReferralSummary[]; onGone: () => void }) {
  const t = useT();
  const { locale } = useLocale();
  const navigate = useNavigate();
  const [accepting, setAccepting] = useState<string | null>(null);
  const [failure, setFailure] = useState<{ problem: ApiProblem; row: ReferralSummary } | null>(null);

  async function accept(row: ReferralSummary) {
    if (accepting) return;
    setAccepting(row.id);
    setFailure(null);
    try {
      await acceptReferral(row.id);
      navigate(referralPagePath(row.id));
    } catch (error) {
      if (!isApiProblem(error)) throw error;
      setFailure({ problem: error, row });
      if (error.status === 409) onGone();
    } finally {
      setAccepting(null);
    }
  }

  return (
    <>
      {failure && <AcceptProblem problem={failure.problem} state={failure.row.state} />}
      <DataTable
        caption={t('referral.queue.caption')}
        rows={rows}
        rowKey={(row) => row.id}
        rowData={(row) => ({ 'data-referral-id': row.id, 'data-urgent': String(row.urgent) })}
        emptyText={t('referral.queue.empty')}
        testId="referral-queue"
        columns={[
          { header: t('referral.column.member'), cell: (row) => <MemberCell row={row} /> },
          { header: t('referral.column.state'), cell: (row) => stateName(t, row.state) },
          { header: t('referral.column.age'), cell: (row) => t('referral.ageBand', { band: row.ageBand }) },
          {
            header: t('referral.column.language'),
            cell: (row) => languageNeed(t, locale, row.language, row.languageRequired),
          },
          { header: t('referral.column.setting'), cell: (row) => settingName(t, row.setting) },
          { header: t('referral.column.respondBy'), cell: (row) => formatDateTime(row.respondBy, locale) },
          {
            header: t('referral.column.action'),
            cell: (row) => (
              <div className="actions actions--tight">
                <Button
                  data-testid={`accept-referral-${row.id}`}
                  busy={accepting === row.id}
                  disabled={accepting !== null}
                  aria-label={t('referral.queue.acceptFor', { pseudonym: row.pseudonym })}
                  onClick={() => void accept(row)}
                >
                  {accepting === row.id ? t('referral.accepting') : t('referral.accept')}
                </Button>
                <Link
                  to={referralPagePath(row.id)}
                  data-testid={`view-referral-${row.id}`}
                  aria-label={t('referral.queue.detailsFor', { pseudonym: row.pseudonym })}
                >
                  {t('referral.queue.details')}
                </Link>
              </div>
            ),
          },
        ]}
      />
    </>
  );
}

function MemberCell({ row }: { row: ReferralSummary }) {
  const t = useT();
  return (
    <>
      <span>{row.pseudonym}</span>
      {row.urgent && (
        <span className="cell__sub">
          <StatusBadge tone="warning" testId={`urgent-${row.id}`}>
            {t('referral.urgent')}
          </StatusBadge>
        </span>
      )}
    </>
  );
}

function YourMembers() {
  const t = useT();
  const { locale } = useLocale();
  const mine = useApiQuery('referrals-mine', fetchAcceptedReferrals);
  return (
    <section className="section" aria-labelledby="your-members-heading">
      <h2 id="your-members-heading">{t('referral.mine.heading')}</h2>
      {mine.status === 'success' ? (
        <DataTable
          caption={t('referral.mine.caption')}
          rows={mine.data}
          rowKey={(row) => row.id}
          rowData={(row) => ({ 'data-referral-id': row.id })}
          emptyText={t('referral.mine.empty')}
          testId="my-referrals"
          columns={[
            {
              header: t('referral.column.member'),
              cell: (row) => (
                <Link to={referralPagePath(row.id)} data-testid={`open-referral-${row.id}`}>
                  {row.pseudonym}
                </Link>
              ),
            },
            { header: t('referral.column.state'), cell: (row) => stateName(t, row.state) },
            {
              header: t('referral.column.language'),
              cell: (row) => languageNeed(t, locale, row.language, row.languageRequired),
            },
            { header: t('referral.column.setting'), cell: (row) => settingName(t, row.setting) },
            {
              header: t('referral.column.acceptedAt'),
              cell: (row) => (row.acceptedAt ? formatDateTime(row.acceptedAt, locale) : '—'),
            },
          ]}
        />
      ) : (
        <QueryStatus state={mine} />
      )}
    </section>
  );
}
