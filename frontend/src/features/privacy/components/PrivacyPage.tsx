import { Link } from 'react-router-dom';
import { usePageTitle } from '../../../lib/page-title';
import { useT } from '../../../lib/i18n';

const POINTS = ['employer', 'identity', 'providers', 'consent', 'choice'] as const;

export function PrivacyPage() {
  const t = useT();
  usePageTitle(t('privacy.heading'));
  return (
    <div className="narrow">
      <h1>{t('privacy.heading')}</h1>
      <p className="lead">{t('privacy.lead')}</p>
      {POINTS.map((point) => (
        <section key={point} className="section" aria-labelledby={`privacy-${point}`}>
          <h2 id={`privacy-${point}`}>{t(`privacy.${point}.heading`)}</h2>
          <p>{t(`privacy.${point}.text`)}</p>
        </section>
      ))}
      <p>
        <Link to="/privacy/employer-view" data-testid="employer-view-link">
          {t('privacy.employerViewLink')}
        </Link>
      </p>
    </div>
  );
}
