import { Link } from 'react-router-dom';
import { useT } from '../../../lib/i18n';

/** The answer for prescribers, whom the API refuses (403): their work is medical clearance. */
export function PsychotherapistsOnly() {
  const t = useT();
  return (
    <>
      <p className="lead" data-testid="referrals-psychotherapists-only">
        {t('referral.psychotherapistsOnly')}
      </p>
      <p>
        <Link to="/provider/clearance">{t('referral.psychotherapistsOnly.clearanceLink')}</Link>
      </p>
    </>
  );
}
