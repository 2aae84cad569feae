import { useState } from 'react';
import { Link } from 'react-router-dom';
import { SUPPORTED_STATES } from '../../../components/location';
import { Button, ProblemAlert } from '../../../components/ui';
import { isApiProblem, type ApiProblem } from '../../../lib/api-client';
import { formatList, languageName, useLocale, useT } from '../../../lib/i18n';
import { routeMe, type MyReferral, type UnmetCondition } from '../api/referral-api';
import { stateName } from './referral-text';

type Props = { conditions: UnmetCondition[]; onRouted: (referral: MyReferral) => void };

/** What stands between the member and a therapist, each in kind words, and a way to check again. */
export function BlockedReferral({ conditions, onRouted }: Props) {
  const t = useT();
  const [busy, setBusy] = useState(false);
  const [checked, setChecked] = useState(false);
  const [problem, setProblem] = useState<ApiProblem | null>(null);

  async function tryAgain() {
    setBusy(true);
    setChecked(false);
    setProblem(null);
    try {
      onRouted(await routeMe());
      setChecked(true);
    } catch (error) {
      if (!isApiProblem(error)) throw error;
      setProblem(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="section" aria-labelledby="blocked-heading" data-testid="referral-blocked">
      <h2 id="blocked-heading">{t('referral.blocked.heading')}</h2>
      <ul className="condition-list">
        {conditions.map((condition) => (
          <li key={condition.condition} data-condition={condition.condition}>
            <ConditionText condition={condition} />
          </li>
        ))}
      </ul>
      <p className="muted">{t('referral.blocked.tryAgainHint')}</p>
      {problem && <ProblemAlert problem={problem} />}
      <Button data-testid="try-routing-again" busy={busy} onClick={() => void tryAgain()}>
        {busy ? t('referral.blocked.checking') : t('referral.blocked.tryAgain')}
      </Button>
      {checked && (
        <p role="status" className="note" data-testid="routing-checked">
          {t('referral.blocked.checked')}
        </p>
      )}
    </section>
  );
}

function ConditionText({ condition }: { condition: UnmetCondition }) {
  const t = useT();
  const { locale } = useLocale();
  const state = condition.value ? stateName(t, condition.value) : t('referral.condition.yourState');
  switch (condition.condition) {
    case 'CLEARED':
    case 'ENROLMENT_ACTIVE':
    case 'PROGRAMME_ACTIVE':
    case 'SEAT_HELD':
    case 'COURSE_FINISHED':
      return <p>{t(`referral.condition.${condition.condition}`)}</p>;
    case 'CONSENT_RELEASE':
      return (
        <p>
          {t('referral.condition.CONSENT_RELEASE')}{' '}
          <Link to="/member/consents" data-testid="condition-consents-link">
            {t('referral.condition.CONSENT_RELEASE.link')}
          </Link>
        </p>
      );
    case 'LOCATION_SUPPORTED':
      return (
        <>
          <p>
            {t('referral.condition.LOCATION_SUPPORTED', {
              states: formatList(SUPPORTED_STATES.map((code) => stateName(t, code)), locale),
            })}{' '}
            <Link to="/member/details" data-testid="condition-location-link">
              {t('referral.condition.LOCATION_SUPPORTED.link')}
            </Link>
          </p>
          <p>
            {t('referral.condition.LOCATION_SUPPORTED.crisis')}{' '}
            <a href="tel:988">{t('referral.condition.LOCATION_SUPPORTED.call988')}</a>
          </p>
        </>
      );
    case 'PROGRAMME_COVERS_STATE':
    case 'THERAPIST_LICENSED':
    case 'THERAPIST_CAPACITY':
      return <p>{t(`referral.condition.${condition.condition}`, { state })}</p>;
    case 'THERAPIST_LANGUAGE':
      return (
        <p>
          {t('referral.condition.THERAPIST_LANGUAGE', {
            language: condition.value ? languageName(condition.value, locale) : t('referral.condition.yourLanguage'),
          })}{' '}
          <a href="#preference-heading">{t('referral.condition.THERAPIST_LANGUAGE.link')}</a>
        </p>
      );
    default:
      return <p>{condition.message}</p>;
  }
}
