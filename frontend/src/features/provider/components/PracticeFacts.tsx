import { Card, StatusBadge } from '../../../components/ui';
import { formatCalendarDate, formatList, formatNumber, languageName, useLocale, useT } from '../../../lib/i18n';
import { TIME_ZONES, type Practice } from '../api/practice-api';

export function PracticeFacts({ practice }: { practice: Practice }) {
  const t = useT();
  const { locale } = useLocale();
  return (
    <Card title={practice.displayName}>
      <dl className="facts">
        <dt>{t('provider.kind')}</dt>
        <dd>{t(`provider.kind.${practice.kind}`)}</dd>
        {practice.status && (
          <>
            <dt>{t('provider.status')}</dt>
            <dd>
              <StatusBadge tone={practice.status === 'ACTIVE' ? 'positive' : 'warning'} testId="provider-status">
                {t(`provider.status.${practice.status}`)}
              </StatusBadge>
            </dd>
          </>
        )}
        <dt>{t('provider.credentials')}</dt>
        <dd>{practice.credentials}</dd>
        <dt>{t('provider.languages')}</dt>
        <dd>{formatList(practice.languages.map((code) => languageName(code, locale)), locale)}</dd>
        {practice.modalities && (
          <>
            <dt>{t('provider.modalities')}</dt>
            <dd>{formatList(practice.modalities.map((modality) => t(`provider.modality.${modality}`)), locale)}</dd>
          </>
        )}
        {practice.capacity !== undefined && (
          <>
            <dt>{t('provider.capacity')}</dt>
            <dd>{formatNumber(practice.capacity, locale)}</dd>
          </>
        )}
        {practice.nextAvailableOn !== undefined && (
          <>
            <dt>{t('provider.nextAvailableOn')}</dt>
            <dd data-testid="provider-next-available">
              {practice.nextAvailableOn
                ? formatCalendarDate(practice.nextAvailableOn, locale)
                : t('provider.nextAvailableOn.notGiven')}
            </dd>
          </>
        )}
        <dt>{t('provider.timeZone')}</dt>
        <dd>
          {practice.timeZone}
          {(TIME_ZONES as readonly string[]).includes(practice.timeZone) && (
            <span className="cell__sub">{t(`provider.timeZoneName.${practice.timeZone}`)}</span>
          )}
        </dd>
      </dl>
    </Card>
  );
}
