import { useState } from 'react';
import { ConfirmAction, DataTable, ProblemAlert, QueryStatus, StatusBadge } from '../ui';
import { isApiProblem, type ApiProblem } from '../../lib/api-client';
import { formatDateTime, useLocale, useT } from '../../lib/i18n';
import { useApiQuery } from '../../lib/use-api-query';
import { createInvitation, deactivateHrAdmin, fetchHrAdmins, fetchInvitations, revokeInvitation } from './hr-access-api';
import { InviteForm } from './InviteForm';

type Props = {
  /** `/api/employers/{id}` for the platform operator, `/api/employers/current` for an HR admin. */
  basePath: string;
};

const INVITATION_TONE = { PENDING: 'warning', ACCEPTED: 'positive', EXPIRED: 'neutral', REVOKED: 'neutral' } as const;

/** Who can administer an employer: its HR admins, their invitations, and inviting one more. */
export function HrAccessPanel({ basePath }: Props) {
  const t = useT();
  const { locale } = useLocale();
  const [version, setVersion] = useState(0);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const admins = useApiQuery(`hr-admins-${basePath}-${version}`, (signal) => fetchHrAdmins(basePath, signal));
  const invitations = useApiQuery(`invitations-${basePath}-${version}`, (signal) => fetchInvitations(basePath, signal));
  const reload = () => setVersion((n) => n + 1);

  async function run(action: () => Promise<unknown>) {
    setProblem(null);
    try {
      await action();
      reload();
    } catch (error) {
      if (isApiProblem(error)) setProblem(error);
      throw error;
    }
  }

  return (
    <>
      {problem && (
        <ProblemAlert
          problem={problem}
          testId="access-problem"
          title={problem.status === 409 ? t('access.conflict') : undefined}
          detail={problem.status === 409 ? problem.detail : undefined}
        />
      )}
      <section className="section" aria-labelledby="hr-admins-heading">
        <h2 id="hr-admins-heading">{t('access.admins.heading')}</h2>
        {admins.status !== 'success' ? (
          <QueryStatus state={admins} />
        ) : (
          <DataTable
            caption={t('access.admins.caption')}
            rows={admins.data}
            rowKey={(admin) => admin.id}
            emptyText={t('access.admins.empty')}
            testId="hr-admins"
            columns={[
              {
                header: t('access.admins.name'),
                cell: (a) => (a.you ? t('access.admins.you', { name: a.displayName }) : a.displayName),
              },
              {
                header: t('access.admins.status'),
                cell: (a) => (
                  <StatusBadge tone={a.status === 'ACTIVE' ? 'positive' : 'neutral'}>
                    {t(`access.adminStatus.${a.status}`)}
                  </StatusBadge>
                ),
              },
              {
                header: t('access.actions'),
                cell: (a) =>
                  a.status === 'ACTIVE' && !a.you ? (
                    <ConfirmAction
                      label={t('access.admins.deactivate')}
                      triggerTestId={`deactivate-${a.id}`}
                      triggerVariant="quiet"
                      question={t('access.admins.deactivateQuestion', { name: a.displayName })}
                      explanation={<p>{t('access.admins.deactivateExplanation')}</p>}
                      confirmLabel={t('access.admins.deactivateConfirm')}
                      onConfirm={() => run(() => deactivateHrAdmin(basePath, a.id))}
                    />
                  ) : null,
              },
            ]}
          />
        )}
      </section>
      <section className="section" aria-labelledby="invitations-heading">
        <h2 id="invitations-heading">{t('access.invitations.heading')}</h2>
        {invitations.status !== 'success' ? (
          <QueryStatus state={invitations} />
        ) : (
          <DataTable
            caption={t('access.invitations.caption')}
            rows={invitations.data}
            rowKey={(invitation) => invitation.id}
            emptyText={t('access.invitations.empty')}
            testId="invitations"
            columns={[
              { header: t('access.invitations.email'), cell: (i) => i.email },
              { header: t('access.invitations.name'), cell: (i) => i.displayName },
              { header: t('access.invitations.expires'), cell: (i) => formatDateTime(i.expiresAt, locale) },
              {
                header: t('access.invitations.status'),
                cell: (i) => (
                  <StatusBadge tone={INVITATION_TONE[i.status]}>{t(`access.invitationStatus.${i.status}`)}</StatusBadge>
                ),
              },
              {
                header: t('access.actions'),
                cell: (i) =>
                  i.status === 'PENDING' ? (
                    <ConfirmAction
                      label={t('access.invitations.revoke')}
                      triggerTestId={`revoke-${i.id}`}
                      triggerVariant="quiet"
                      question={t('access.invitations.revokeQuestion', { email: i.email })}
                      explanation={<p>{t('access.invitations.revokeExplanation')}</p>}
                      confirmLabel={t('access.invitations.revokeConfirm')}
                      onConfirm={() => run(() => revokeInvitation(basePath, i.id))}
                    />
                  ) : null,
              },
            ]}
          />
        )}
      </section>
      <section className="section" aria-labelledby="invite-heading">
        <h2 id="invite-heading">{t('access.invite.heading')}</h2>
        <p>{t('access.invite.intro')}</p>
        <InviteForm submit={(request) => createInvitation(basePath, request)} onInvited={reload} />
      </section>
    </>
  );
}
