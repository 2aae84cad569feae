import { Card } from '../../../components/ui';
import { formatNumber, useLocale, useT } from '../../../lib/i18n';
import type { ReportSeries } from '../api/types';

type Props = { privacy: ReportSeries['privacy']; title?: string };

/** "How we protect your people": the rules behind every number, in plain words. */
export function DisclosureExplainer({ privacy, title }: Props) {
  const t = useT();
  const { locale } = useLocale();
  return (
    <Card title={title ?? t('reporting.explainer.heading')} tone="promise" testId="disclosure-explainer">
      <ul className="promise__list">
        <li data-rule="minimum-cell">{t('reporting.explainer.minimum', { minimum: privacy.minimumCell })}</li>
        <li data-rule="responses">{t('reporting.explainer.responses')}</li>
        <li data-rule="closed-periods">{t('reporting.explainer.closed')}</li>
        <li data-rule="noise" data-epsilon={privacy.epsilonPerPeriod}>
          {t('reporting.explainer.noise', { epsilon: formatNumber(privacy.epsilonPerPeriod, locale) })}
        </li>
        <li data-rule="no-filters">{t('reporting.explainer.noFilters')}</li>
      </ul>
    </Card>
  );
}
