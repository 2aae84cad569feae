import { Link, useParams } from 'react-router-dom';
import { Button, CellValue, QueryStatus } from '../../../components/ui';
import { formatCalendarDate, formatDateTime, formatMonth, formatNumber, formatUsd, useLocale, useT } from '../../../lib/i18n';
import { usePageTitle } from '../../../lib/page-title';
import { useApiQuery } from '../../../lib/use-api-query';
import { fetchStatement, statementCsvHref } from '../api/programme-api';

export function StatementPage() {
  const t = useT();
  const { locale } = useLocale();
  const { id = '', period = '' } = useParams();
  const statement = useApiQuery(`statement-${id}-${period}`, (signal) => fetchStatement(id, period, signal));
  const heading = t('sponsorship.statement.heading', { month: formatMonth(period, locale) });
  usePageTitle(heading);

  return (
    <>
      <p className="breadcrumb no-print">
        <Link to={`/hr/programmes/${encodeURIComponent(id)}`}>{t('sponsorship.backToProgramme')}</Link>
      </p>
      {statement.status !== 'success' ? (
        <>
          <h1>{heading}</h1>
          <QueryStatus state={statement} />
        </>
      ) : (
        <article className="printable statement" data-testid="statement" data-final={String(statement.data.final)}>
          <h1>{heading}</h1>
          <p className="lead">
            {statement.data.employerDisplayName} · {statement.data.programmeName}
          </p>
          <p data-testid="statement-finality">
            <strong>
              {statement.data.final ? t('sponsorship.statement.final') : t('sponsorship.statement.notFinal')}
            </strong>
          </p>
          <div className="actions no-print">
            <a
              className="button button--secondary"
              href={statementCsvHref(id, period)}
              download={`statement-${period}.csv`}
              data-testid="statement-csv"
            >
              {t('sponsorship.statement.csv')}
            </a>
            <Button onClick={() => window.print()}>{t('ui.print')}</Button>
          </div>

          <section className="section" aria-labelledby="statement-billing">
            <h2 id="statement-billing">{t('sponsorship.statement.billing')}</h2>
            <dl className="facts">
              <dt>{t('sponsorship.statement.employer')}</dt>
              <dd>{statement.data.employerDisplayName}</dd>
              <dt>{t('sponsorship.statement.programme')}</dt>
              <dd>{statement.data.programmeName}</dd>
              <dt>{t('sponsorship.statement.period')}</dt>
              <dd>
                {t('sponsorship.dates', {
                  start: formatCalendarDate(statement.data.periodStart, locale),
                  end: formatCalendarDate(statement.data.periodEnd, locale),
                })}
              </dd>
              <dt>{t('sponsorship.statement.issuedAt')}</dt>
              <dd>{formatDateTime(statement.data.issuedAt, locale)}</dd>
              <dt>{t('sponsorship.field.price')}</dt>
              <dd>{formatUsd(statement.data.pricePerSeatUsd, locale)}</dd>
              <dt>{t('sponsorship.seats.purchased')}</dt>
              <dd>{formatNumber(statement.data.seatsPurchased, locale)}</dd>
              <dt>{t('sponsorship.statement.purchasedThisPeriod')}</dt>
              <dd>{formatNumber(statement.data.seatsPurchasedThisPeriod, locale)}</dd>
              <dt>{t('sponsorship.statement.amountDue')}</dt>
              <dd className="amount" data-testid="statement-amount">
                {formatUsd(statement.data.amountDueUsd, locale)}
              </dd>
            </dl>
          </section>

          <section className="section" aria-labelledby="statement-usage">
            <h2 id="statement-usage">{t('sponsorship.statement.usage')}</h2>
            <p className="muted">{t('sponsorship.statement.usageNote')}</p>
            {/* Until the month's report is published the cells are empty, not "fewer than 11". */}
            {!statement.data.usagePublished && (
              <p data-testid="statement-usage-not-published">{t('sponsorship.statement.usageNotPublished')}</p>
            )}
            <dl className="facts">
              {statement.data.usagePublished && (
                <>
                  <dt>{t('sponsorship.seats.inUse')}</dt>
                  <dd>
                    <CellValue cell={statement.data.seatsInUse} />
                  </dd>
                  <dt>{t('sponsorship.seats.available')}</dt>
                  <dd>
                    <CellValue cell={statement.data.seatsAvailable} variant="derived" />
                  </dd>
                  <dt>{t('sponsorship.statement.hoursConsumed')}</dt>
                  <dd>
                    <CellValue cell={statement.data.packageHoursConsumed} variant="derived" />
                  </dd>
                </>
              )}
              <dt>{t('sponsorship.field.packageHours')}</dt>
              <dd>{t('sponsorship.hours', { hours: statement.data.packageHours })}</dd>
            </dl>
          </section>
          <p className="note">{t('sponsorship.statement.privacy')}</p>
        </article>
      )}
    </>
  );
}
