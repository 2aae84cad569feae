import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { HrAccessPanel } from '../../../components/hr-access';
import { Card, ConfirmAction, ProblemAlert, QueryStatus, StatusBadge } from '../../../components/ui';
import { isApiProblem, type ApiProblem } from '../../../lib/api-client';
import { formatDateTime, useLocale, useT } from '../../../lib/i18n';
import { usePageTitle } from '../../../lib/page-title';
import { useApiQuery } from '../../../lib/use-api-query';
import { employerBasePath, fetchEmployer, reactivateEmployer, suspendEmployer, type EmployerDetail } from '../api/employers-api';

export function EmployerDetailPage() {
  const t = useT();
  const { locale } = useLocale();
  const { id = '' } = useParams();
  const employer = useApiQuery(`employer-${id}`, (signal) => fetchEmployer(id, signal));
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  usePageTitle(employer.status === 'success' ? employer.data.displayName : t('platform.employer.fallbackHeading'));

  async function run(action: () => Promise<EmployerDetail>) {
    setProblem(null);
    try {
      employer.setData(await action());
    } catch (error) {
      if (isApiProblem(error)) setProblem(error);
      throw error;
    }
  }

  return (
    <>
      <p className="breadcrumb">
        <Link to="/admin">{t('platform.backToHome')}</Link>
      </p>
      {employer.status !== 'success' ? (
        <QueryStatus state={employer} />
      ) : (
        <>
          <div className="page-heading">
            <h1>{employer.data.displayName}</h1>
            <StatusBadge tone={employer.data.status === 'ACTIVE' ? 'positive' : 'warning'} testId="employer-status">
              {t(`platform.employerStatus.${employer.data.status}`)}
            </StatusBadge>
          </div>
          <div className="actions">
            {employer.data.status === 'ACTIVE' ? (
              <ConfirmAction
                label={t('platform.employer.suspend')}
                triggerTestId="suspend-employer"
                question={t('platform.employer.suspendQuestion', { name: employer.data.displayName })}
                explanation={<p>{t('platform.employer.suspendExplanation')}</p>}
                confirmLabel={t('platform.employer.suspendConfirm')}
                onConfirm={() => run(() => suspendEmployer(id))}
              />
            ) : (
              <ConfirmAction
                label={t('platform.employer.reactivate')}
                triggerTestId="reactivate-employer"
                question={t('platform.employer.reactivateQuestion', { name: employer.data.displayName })}
                explanation={<p>{t('platform.employer.reactivateExplanation')}</p>}
                confirmLabel={t('platform.employer.reactivateConfirm')}
                onConfirm={() => run(() => reactivateEmployer(id))}
              />
            )}
          </div>
          {problem && <ProblemAlert problem={problem} testId="employer-problem" />}
          <Card title={t('platform.employer.details')}>
            <dl className="facts">
              <dt>{t('platform.employers.legalName')}</dt>
              <dd>{employer.data.legalName}</dd>
              <dt>{t('platform.employers.displayName')}</dt>
              <dd>{employer.data.displayName}</dd>
              <dt>{t('platform.employerForm.contactName.label')}</dt>
              <dd>{employer.data.contactName}</dd>
              <dt>{t('platform.employerForm.contactEmail.label')}</dt>
              <dd>
                <a href={`mailto:${employer.data.contactEmail}`}>{employer.data.contactEmail}</a>
              </dd>
              <dt>{t('platform.employerForm.billingEmail.label')}</dt>
              <dd>
                <a href={`mailto:${employer.data.billingEmail}`}>{employer.data.billingEmail}</a>
              </dd>
              <dt>{t('platform.employer.createdAt')}</dt>
              <dd>{formatDateTime(employer.data.createdAt, locale)}</dd>
            </dl>
          </Card>
          <HrAccessPanel basePath={employerBasePath(id)} />
        </>
      )}
    </>
  );
}
