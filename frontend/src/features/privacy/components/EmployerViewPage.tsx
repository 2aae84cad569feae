import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { Card } from '../../../components/ui';
import { useT } from '../../../lib/i18n';
import { usePageTitle } from '../../../lib/page-title';

const SEES = ['enrolled', 'stages', 'seats', 'spend', 'outcomes', 'improving'] as const;
const NEVER = ['who', 'answers', 'scores', 'dates', 'providers', 'small'] as const;

type Props = {
  /**
   * More from other features, composed by the app: for a signed-in member, the published report
   * itself. The public page has none and loads nothing.
   */
  children?: ReactNode;
};

/** "What your employer can see": the truth about the aggregate reports. */
export function EmployerViewPage({ children }: Props) {
  const t = useT();
  usePageTitle(t('employerView.heading'));
  return (
    <div className="narrow" data-testid="employer-view">
      <h1>{t('employerView.heading')}</h1>
      <p className="lead">{t('employerView.lead')}</p>
      <Card title={t('employerView.sees.heading')} testId="employer-sees">
        <p>{t('employerView.sees.intro')}</p>
        <ul className="promise__list">
          {SEES.map((item) => (
            <li key={item}>{t(`employerView.sees.${item}`)}</li>
          ))}
        </ul>
      </Card>
      <Card title={t('employerView.never.heading')} tone="promise" testId="employer-never-sees">
        <ul className="promise__list">
          {NEVER.map((item) => (
            <li key={item}>{t(`employerView.never.${item}`)}</li>
          ))}
        </ul>
      </Card>
      <section className="section" aria-labelledby="employer-view-rule">
        <h2 id="employer-view-rule">{t('employerView.rule.heading')}</h2>
        <p>{t('employerView.rule.text')}</p>
        <p>{t('employerView.statements')}</p>
      </section>
      {children}
      <p>
        <Link to="/privacy">{t('employerView.privacyLink')}</Link>
      </p>
    </div>
  );
}
