import { Card } from '../../../components/ui';
import { formatCalendarDate, formatList, formatUsd, useLocale, useT } from '../../../lib/i18n';
import type { ProgrammeView } from '../api/types';

export function ProgrammeFacts({ programme }: { programme: ProgrammeView }) {
  const t = useT();
  const { locale } = useLocale();
  return (
    <Card title={t('sponsorship.facts.heading')} testId="programme-facts">
      <dl className="facts">
        <dt>{t('sponsorship.field.startsOn')}</dt>
        <dd>{formatCalendarDate(programme.startsOn, locale)}</dd>
        <dt>{t('sponsorship.field.endsOn')}</dt>
        <dd>{formatCalendarDate(programme.endsOn, locale)}</dd>
        <dt>{t('sponsorship.field.packageHours')}</dt>
        <dd>{t('sponsorship.hours', { hours: programme.packageHours })}</dd>
        <dt>{t('sponsorship.field.price')}</dt>
        <dd>{formatUsd(programme.pricePerSeatUsd, locale)}</dd>
        <dt>{t('sponsorship.field.services')}</dt>
        <dd>{formatList(programme.coveredServices.map((s) => t(`sponsorship.service.${s}`)), locale)}</dd>
        <dt>{t('sponsorship.field.states')}</dt>
        <dd>{formatList(programme.states.map((s) => t(`sponsorship.state.${s}`)), locale)}</dd>
      </dl>
    </Card>
  );
}
