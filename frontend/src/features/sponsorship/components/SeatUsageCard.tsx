import { Card, CellValue } from '../../../components/ui';
import { formatMonth, formatNumber, useLocale, useT } from '../../../lib/i18n';
import type { ProgrammeView } from '../api/types';
import { UsageReportNote } from './UsageReportNote';

export function SeatUsageCard({ programme }: { programme: ProgrammeView }) {
  const t = useT();
  const { locale } = useLocale();
  const usage = programme.seatUsage;
  // Until a first month is published the cells are empty, not "fewer than 11".
  const month = usage.asOf ? formatMonth(usage.asOf, locale) : null;
  return (
    <Card title={t('sponsorship.seats.heading')} testId="seat-usage">
      <dl className="facts">
        <dt>{t('sponsorship.seats.purchased')}</dt>
        <dd data-testid="seats-purchased">{formatNumber(usage.purchased, locale)}</dd>
        {month === null ? (
          <>
            <dt>{t('sponsorship.seats.inUseAndAvailable')}</dt>
            <dd data-testid="usage-not-published">{t('sponsorship.seats.notPublished')}</dd>
          </>
        ) : (
          <>
            <dt>{t('sponsorship.seats.inUseAsOf', { month })}</dt>
            <dd>
              <CellValue cell={usage.inUse} testId="seats-in-use" />
            </dd>
            <dt>{t('sponsorship.seats.availableAsOf', { month })}</dt>
            <dd>
              <CellValue cell={usage.available} variant="derived" testId="seats-available" />
            </dd>
          </>
        )}
      </dl>
      <p className="muted note">{t('sponsorship.seats.suppressionNote')}</p>
      <UsageReportNote />
    </Card>
  );
}
