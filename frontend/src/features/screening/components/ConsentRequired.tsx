import { Link } from 'react-router-dom';
import { ProblemAlert } from '../../../components/ui';
import type { ApiProblem } from '../../../lib/api-client';
import { useT } from '../../../lib/i18n';

/** 409 consent-required: a way to the consents instead of an error. */
export function ConsentRequired({ problem }: { problem: ApiProblem }) {
  const t = useT();
  return (
    <ProblemAlert
      problem={problem}
      testId="consent-required"
      title={t('screening.consentRequired.title')}
      detail={t('screening.consentRequired.detail')}
    >
      <p>
        <Link to="/member/consents" data-testid="consent-required-link">
          {t('screening.consentRequired.link')}
        </Link>
      </p>
    </ProblemAlert>
  );
}
