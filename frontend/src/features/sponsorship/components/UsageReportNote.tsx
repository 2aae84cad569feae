import { Link } from 'react-router-dom';
import { useT } from '../../../lib/i18n';

/** Where seat usage comes from (the monthly report, noised) and the way to the reports. */
export function UsageReportNote() {
  const t = useT();
  return (
    <p className="muted note" data-testid="usage-report-note">
      {t('sponsorship.seats.reportNote')}{' '}
      <Link to="/hr/reports" data-testid="usage-reports-link">
        {t('sponsorship.seats.reportsLink')}
      </Link>
    </p>
  );
}
