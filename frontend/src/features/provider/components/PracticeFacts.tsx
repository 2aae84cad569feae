import { Card } from '../../../components/ui';
import { formatList, languageName, useLocale, useT } from '../../../lib/i18n';
import type { Practice } from '../api/practice-api';

export function PracticeFacts({ practice }: { practice: Practice }) {
  const t = useT();
  const { locale } = useLocale();
  return (
    <Card title={practice.displayName}>
      <dl className="facts">
        <dt>{t('provider.kind')}</dt>
        <dd>{t(`provider.kind.${practice.kind}`)}</dd>
        <dt>{t('provider.credentials')}</dt>
        <dd>{practice.credentials}</dd>
        <dt>{t('provider.languages')}</dt>
        <dd>{formatList(practice.languages.map((code) => languageName(code, locale)), locale)}</dd>
        <dt>{t('provider.timeZone')}</dt>
        <dd>{practice.timeZone}</dd>
      </dl>
    </Card>
  );
}
