import { Alert, ProblemAlert } from '../../../components/ui';
import type { ApiProblem } from '../../../lib/api-client';
import { useT } from '../../../lib/i18n';
import { stateName } from './referral-text';

/** Why accepting failed; both 409s mean the referral has moved on, so neither is the provider's fault. */
export function AcceptProblem({ problem, state }: { problem: ApiProblem; state: string }) {
  const t = useT();
  if (problem.slug === 'licence-not-valid') {
    return (
      <Alert title={t('referral.licenceNotValid.title')} testId="accept-problem" problemType={problem.type}>
        <p>{t('referral.licenceNotValid.text', { state: stateName(t, state) })}</p>
      </Alert>
    );
  }
  if (problem.status === 409) {
    return (
      <Alert title={t('referral.taken.title')} testId="accept-problem" problemType={problem.type}>
        <p>{t('referral.taken.text')}</p>
      </Alert>
    );
  }
  return <ProblemAlert problem={problem} testId="accept-problem" />;
}
