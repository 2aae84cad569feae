import { Card, CellValue } from '../../../components/ui';
import { formatNumber, useLocale, useT } from '../../../lib/i18n';
import type { ProgrammeView } from '../api/types';

export function SeatUsageCard({ programme }: { programme: ProgrammeView }) {
  const t = useT();
  const { locale } = useLocale();
  const usage = programme.seatUsage;
  return (
    <Card title={t('sponsorship.seats.heading')} testId="seat-usage">
      <dl className="facts">
        <dt>{t('sponsorship.seats.purchased')}</dt>
        <dd data-testid="seats-purchased">{formatNumber(usage.purchased, locale)}</dd>
        <dt>{t('sponsorship.seats.inUse')}</dt>
        <dd>
          <CellValue cell={usage.inUse} testId="seats-in-use" />
        </dd>
        <dt>{t('sponsorship.seats.available')}</dt>
        <dd>
          <CellValue cell={usage.available} variant="derived" testId="seats-available" />
        </dd>
      </dl>
      <p className="muted note">{t('sponsorship.seats.suppressionNote')}</p>
    </Card>
  );
}
