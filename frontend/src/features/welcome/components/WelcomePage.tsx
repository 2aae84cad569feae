import { Link } from 'react-router-dom';
import { Card } from '../../../components/ui';
import { CrisisResources } from '../../../components/crisis';
import { usePageTitle } from '../../../lib/page-title';
import { useT } from '../../../lib/i18n';

const IS_NOT = ['recreational', 'quickFix', 'everyone'] as const;
const STEPS = ['enrol', 'questionnaires', 'assessment', 'preparation', 'medicine', 'integration', 'followUp'] as const;
const COMPARISONS = ['infusion', 'spravato', 'benefit'] as const;
const PROMISES = ['never', 'totals', 'identity'] as const;

/** The public front door: what the benefit is, how it works and how privacy is kept, before anyone enrolls. */
export function WelcomePage() {
  const t = useT();
  usePageTitle(t('welcome.pageTitle'));

  return (
    <div className="welcome">
      <div className="welcome__hero">
        <h1 data-testid="welcome-heading">{t('welcome.heading')}</h1>
        <p className="lead">{t('welcome.lead')}</p>
        <p>
          <Link to="/enrol" className="button button--primary button--large" data-testid="start-enrolment">
            {t('welcome.enrol')}
          </Link>
        </p>
        <p className="muted note">{t('welcome.enrolNote')}</p>
      </div>

      <CrisisResources />

      <section className="section" aria-labelledby="welcome-what">
        <h2 id="welcome-what">{t('welcome.what.heading')}</h2>
        <p>{t('welcome.what.is')}</p>
        <h3 className="welcome__subheading">{t('welcome.what.isNot.heading')}</h3>
        <ul className="welcome__list">
          {IS_NOT.map((item) => (
            <li key={item}>{t(`welcome.what.isNot.${item}`)}</li>
          ))}
        </ul>
      </section>

      <section className="section" aria-labelledby="welcome-steps">
        <h2 id="welcome-steps">{t('welcome.steps.heading')}</h2>
        <ol className="welcome__steps" data-testid="welcome-steps">
          {STEPS.map((step) => (
            <li key={step} data-step={step}>
              <h3>{t(`welcome.steps.${step}.title`)}</h3>
              <p>{t(`welcome.steps.${step}.text`)}</p>
            </li>
          ))}
        </ol>
        <Card title={t('welcome.choice.heading')} tone="promise">
          <p>{t('welcome.choice.noMedicine')}</p>
          <p>{t('welcome.choice.harmReduction')}</p>
        </Card>
      </section>

      <section className="section" aria-labelledby="welcome-compare">
        <h2 id="welcome-compare">{t('welcome.compare.heading')}</h2>
        <p>{t('welcome.compare.intro')}</p>
        <dl className="welcome__compare">
          {COMPARISONS.map((item) => (
            <div key={item} className="welcome__compare-item">
              <dt>{t(`welcome.compare.${item}.title`)}</dt>
              <dd>{t(`welcome.compare.${item}.text`)}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section className="section" aria-labelledby="welcome-package">
        <h2 id="welcome-package">{t('welcome.package.heading')}</h2>
        <p>{t('welcome.package.text')}</p>
        <p>{t('welcome.package.details')}</p>
      </section>

      <Card title={t('welcome.privacy.heading')} tone="promise" testId="welcome-privacy">
        <ul className="promise__list">
          {PROMISES.map((item) => (
            <li key={item}>{t(`welcome.privacy.${item}`)}</li>
          ))}
        </ul>
        <p className="after-form">
          <Link to="/privacy">{t('welcome.privacy.more')}</Link>
        </p>
      </Card>

      <section className="section" aria-labelledby="welcome-where">
        <h2 id="welcome-where">{t('welcome.where.heading')}</h2>
        <p data-testid="welcome-states">{t('welcome.where.text')}</p>
        <p>{t('welcome.where.elsewhere')}</p>
      </section>

      <section className="section welcome__end" aria-labelledby="welcome-ready">
        <h2 id="welcome-ready">{t('welcome.ready.heading')}</h2>
        <p>{t('welcome.ready.text')}</p>
        <div className="actions">
          <Link to="/enrol" className="button button--primary button--large">
            {t('welcome.enrol')}
          </Link>
        </div>
        <p>
          {t('welcome.ready.already')} <Link to="/sign-in">{t('welcome.ready.signIn')}</Link>
        </p>
      </section>
    </div>
  );
}
