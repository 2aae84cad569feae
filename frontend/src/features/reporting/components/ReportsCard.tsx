import { Link } from 'react-router-dom';
import { Card } from '../../../components/ui';
import { useT } from '../../../lib/i18n';

/** The HR home's way into the wellbeing reports; loads nothing. */
export function ReportsCard() {
  const t = useT();
  return (
    <Card title={t('reporting.card.heading')} testId="reports-card">
      <p>{t('reporting.card.text')}</p>
      <p>
        <Link to="/hr/reports" data-testid="reports-link">
          {t('reporting.card.link')}
        </Link>
      </p>
    </Card>
  );
}
