import { Link } from 'react-router-dom';
import { useT } from '../../../lib/i18n';

/** The answer for prescribers, whom the API refuses (403): sessions and availability are psychotherapists' work. */
export function PsychotherapistsOnly() {
  const t = useT();
  return (
    <>
      <p className="lead" data-testid="care-psychotherapists-only">
        {t('care.psychotherapistsOnly')}
      </p>
      <p>
        <Link to="/provider">{t('care.provider.backHome')}</Link>
      </p>
    </>
  );
}
