import { useState } from 'react';
import { Link } from 'react-router-dom';
import { ConfirmAction, DataTable, ProblemAlert, QueryStatus, StatusBadge } from '../../../components/ui';
import { isApiProblem, type ApiProblem } from '../../../lib/api-client';
import { formatDateTime, useLocale, useT } from '../../../lib/i18n';
import { usePageTitle } from '../../../lib/page-title';
import { useApiQuery } from '../../../lib/use-api-query';
import { fetchProviderInvitations, revokeProviderInvitation, type ProviderInvitation } from '../api/provider-invitations-api';
import { ProviderInviteForm } from './ProviderInviteForm';

const STATUS_TONE = { PENDING: 'warning', ACCEPTED: 'positive', EXPIRED: 'neutral', REVOKED: 'neutral' } as const;

/** Psychotherapists and prescribers join the network only by an operator's invitation. */
export function ProviderInvitationsPage() {
  const t = useT();
  const [version, setVersion] = useState(0);
  const reload = () => setVersion((n) => n + 1);
  usePageTitle(t('platform.providerInvitations.heading'));

  return (
    <>
      <p className="breadcrumb">
        <Link to="/admin">{t('platform.backToHome')}</Link>
      </p>
      <h1>{t('platform.providerInvitations.heading')}</h1>
      <p className="lead">{t('platform.providerInvitations.intro')}</p>
      <section className="section narrow" aria-labelledby="provider-invite-heading">
        <h2 id="provider-invite-heading">{t('platform.providerInvite.heading')}</h2>
        <ProviderInviteForm onInvited={reload} />
      </section>
      <InvitationsList version={version} onChanged={reload} />
    </>
  );
}

function InvitationsList({ version, onChanged }: { version: number; onChanged: () => void }) {
  const t = useT();
  const { locale } = useLocale();
  const invitations = useApiQuery(`provider-invitations-${version}`, fetchProviderInvitations);
  const [problem, setProblem] = useState<ApiProblem | null>(null);

  async function revoke(invitation: ProviderInvitation) {
    setProblem(null);
    try {
      await revokeProviderInvitation(invitation.id);
      onChanged();
    } catch (error) {
      if (!isApiProblem(error)) throw error;
      setProblem(error);
      // 404: no longer pending (accepted or expired meanwhile); the fresh list shows what it became.
      if (error.status === 404) onChanged();
      else throw error;
    }
  }

  return (
    <section className="section" aria-labelledby="provider-invitations-list-heading">
      <h2 id="provider-invitations-list-heading">{t('platform.providerInvitations.list')}</h2>
      {problem && (
        <ProblemAlert
          problem={problem}
          testId="provider-invitation-problem"
          title={problem.status === 404 ? t('platform.providerInvitations.notPending') : undefined}
        />
      )}
      {invitations.status !== 'success' ? (
        <QueryStatus state={invitations} />
      ) : (
        <DataTable
          caption={t('platform.providerInvitations.caption')}
          rows={invitations.data}
          rowKey={(invitation) => invitation.id}
          rowData={(invitation) => ({ 'data-invitation-id': invitation.id, 'data-status': invitation.status })}
          emptyText={t('platform.providerInvitations.empty')}
          testId="provider-invitations"
          columns={[
            { header: t('platform.providerInvitations.name'), cell: (i) => i.displayName },
            { header: t('platform.providerInvitations.email'), cell: (i) => i.email },
            { header: t('platform.providers.kind'), cell: (i) => t(`platform.providerKind.${i.kind}`) },
            { header: t('platform.providerInvitations.created'), cell: (i) => formatDateTime(i.createdAt, locale) },
            { header: t('platform.providerInvitations.expires'), cell: (i) => formatDateTime(i.expiresAt, locale) },
            {
              header: t('platform.providerInvitations.status'),
              cell: (i) => (
                <StatusBadge tone={STATUS_TONE[i.status] ?? 'neutral'} testId={`provider-invitation-status-${i.id}`}>
                  {t(`platform.providerInvitationStatus.${i.status}`)}
                </StatusBadge>
              ),
            },
            {
              header: t('platform.providers.actions'),
              cell: (i) =>
                i.status === 'PENDING' ? (
                  <ConfirmAction
                    label={t('platform.providerInvitations.revoke')}
                    triggerTestId={`revoke-provider-invitation-${i.id}`}
                    triggerVariant="quiet"
                    question={t('platform.providerInvitations.revokeQuestion', { email: i.email })}
                    explanation={<p>{t('platform.providerInvitations.revokeExplanation')}</p>}
                    confirmLabel={t('platform.providerInvitations.revokeConfirm')}
                    onConfirm={() => revoke(i)}
                  />
                ) : null,
            },
          ]}
        />
      )}
    </section>
  );
}
