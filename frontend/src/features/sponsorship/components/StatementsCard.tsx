import { Link } from 'react-router-dom';
import { Card, QueryStatus } from '../../../components/ui';
import { formatMonth, useLocale, useT } from '../../../lib/i18n';
import { useApiQuery } from '../../../lib/use-api-query';
import { fetchStatements } from '../api/programme-api';

type Props = { programmeId: string; changes: number };

export function StatementsCard({ programmeId, changes }: Props) {
  const t = useT();
  const { locale } = useLocale();
  const statements = useApiQuery(`statements-${programmeId}-${changes}`, (signal) => fetchStatements(programmeId, signal));
  return (
    <Card title={t('sponsorship.statements.heading')} testId="programme-statements">
      {statements.status !== 'success' ? (
        <QueryStatus state={statements} />
      ) : statements.data.length === 0 ? (
        <p className="muted">{t('sponsorship.statements.empty')}</p>
      ) : (
        <ul className="link-list">
          {statements.data.map((statement) => (
            <li key={statement.period}>
              <Link
                to={`/hr/programmes/${encodeURIComponent(programmeId)}/statements/${encodeURIComponent(statement.period)}`}
                data-testid={`statement-link-${statement.period}`}
              >
                {formatMonth(statement.period, locale)}
              </Link>
              {!statement.final && <span className="muted"> · {t('sponsorship.statement.notFinal')}</span>}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
