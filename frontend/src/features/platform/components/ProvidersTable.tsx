import { useState } from 'react';
import { ConfirmAction, DataTable, ProblemAlert, QueryStatus, StatusBadge } from '../../../components/ui';
import { isApiProblem, type ApiProblem } from '../../../lib/api-client';
import { formatList, languageName, useLocale, useT } from '../../../lib/i18n';
import { useApiQuery } from '../../../lib/use-api-query';
import { fetchProviders, reactivateProvider, suspendProvider, type ProviderSummary } from '../api/network-api';

export function ProvidersTable() {
  const t = useT();
  const { locale } = useLocale();
  const providers = useApiQuery('providers', fetchProviders);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  if (providers.status !== 'success') return <QueryStatus state={providers} />;
  const rows = providers.data;

  async function change(action: () => Promise<ProviderSummary>) {
    setProblem(null);
    try {
      const updated = await action();
      providers.setData(rows.map((row) => (row.id === updated.id ? { ...row, ...updated } : row)));
    } catch (error) {
      if (isApiProblem(error)) setProblem(error);
      throw error;
    }
  }

  return (
    <>
      {problem && <ProblemAlert problem={problem} testId="provider-status-problem" />}
      <DataTable
        caption={t('platform.providers.caption')}
        rows={rows}
        rowKey={(provider) => provider.id}
        rowData={(provider) => ({ 'data-provider-id': provider.id })}
        emptyText={t('platform.providers.empty')}
        columns={[
          { header: t('platform.providers.name'), cell: (p) => p.displayName },
          { header: t('platform.providers.kind'), cell: (p) => t(`platform.providerKind.${p.kind}`) },
          {
            header: t('platform.providers.languages'),
            cell: (p) => formatList(p.languages.map((code) => languageName(code, locale)), locale),
          },
          { header: t('platform.providers.states'), cell: (p) => p.licensedStates.join(', ') },
          {
            header: t('platform.providers.status'),
            cell: (p) =>
              p.status ? (
                <StatusBadge tone={p.status === 'ACTIVE' ? 'positive' : 'warning'} testId={`provider-status-${p.id}`}>
                  {t(`platform.providerStatus.${p.status}`)}
                </StatusBadge>
              ) : (
                '—'
              ),
          },
          {
            header: t('platform.providers.actions'),
            cell: (p) =>
              p.status === 'SUSPENDED' ? (
                <ConfirmAction
                  label={t('platform.provider.reactivate')}
                  triggerTestId={`reactivate-provider-${p.id}`}
                  question={t('platform.provider.reactivateQuestion', { name: p.displayName })}
                  explanation={<p>{t('platform.provider.reactivateExplanation')}</p>}
                  confirmLabel={t('platform.provider.reactivateConfirm')}
                  onConfirm={() => change(() => reactivateProvider(p.id))}
                />
              ) : p.status === 'ACTIVE' ? (
                <ConfirmAction
                  label={t('platform.provider.suspend')}
                  triggerTestId={`suspend-provider-${p.id}`}
                  question={t('platform.provider.suspendQuestion', { name: p.displayName })}
                  explanation={<p>{t('platform.provider.suspendExplanation')}</p>}
                  confirmLabel={t('platform.provider.suspendConfirm')}
                  onConfirm={() => change(() => suspendProvider(p.id))}
                />
              ) : null,
          },
        ]}
      />
    </>
  );
}
