import { Alert } from '../../../components/ui';
import { useT } from '../../../lib/i18n';

/** Not an error: a plain, kind answer for members outside the four telehealth states. */
export function LocationUnsupported() {
  const t = useT();
  return (
    <div className="section" data-testid="location-unsupported">
      <Alert tone="info" title={t('member.location.unsupported.title')}>
        <p>{t('member.location.unsupported.text')}</p>
      </Alert>
    </div>
  );
}
