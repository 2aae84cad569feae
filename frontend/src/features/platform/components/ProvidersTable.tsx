import { DataTable, QueryStatus } from '../../../components/ui';
import { formatList, languageName, useLocale, useT } from '../../../lib/i18n';
import { useApiQuery } from '../../../lib/use-api-query';
import { fetchProviders } from '../api/network-api';

export function ProvidersTable() {
  const t = useT();
  const { locale } = useLocale();
  const providers = useApiQuery('providers', fetchProviders);
  if (providers.status !== 'success') return <QueryStatus state={providers} />;
  return (
    <DataTable
      caption={t('platform.providers.caption')}
      rows={providers.data}
      rowKey={(provider) => provider.id}
      emptyText={t('platform.providers.empty')}
      columns={[
        { header: t('platform.providers.name'), cell: (p) => p.displayName },
        { header: t('platform.providers.kind'), cell: (p) => t(`platform.providerKind.${p.kind}`) },
        {
          header: t('platform.providers.languages'),
          cell: (p) => formatList(p.languages.map((code) => languageName(code, locale)), locale),
        },
        { header: t('platform.providers.states'), cell: (p) => p.licensedStates.join(', ') },
      ]}
    />
  );
}
