import { Card } from '../../../components/ui';
import { useT } from '../../../lib/i18n';

/** Said up front so an HR admin never expects, or asks for, anything about one person. */
export function PrivacyPromise() {
  const t = useT();
  return (
    <Card title={t('employer.promise.heading')} tone="promise" testId="privacy-promise">
      <p className="promise__lead">{t('employer.promise.lead')}</p>
      <ul className="promise__list">
        <li>{t('employer.promise.noNames')}</li>
        <li>{t('employer.promise.noAnswers')}</li>
        <li>{t('employer.promise.small')}</li>
        <li>{t('employer.promise.why')}</li>
      </ul>
    </Card>
  );
}
