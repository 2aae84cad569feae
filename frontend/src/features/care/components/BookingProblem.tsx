import { Alert, ProblemAlert } from '../../../components/ui';
import type { ApiProblem } from '../../../lib/api-client';
import { useT } from '../../../lib/i18n';

const KNOWN = ['protocol', 'package-exhausted', 'slot-taken', 'licence-not-valid'] as const;

/**
 * Why booking (or moving) a session did not work, in kind words. The server's detail is shown too
 * where it carries the facts (which rule, how many hours are left, which licence).
 */
export function BookingProblem({ problem, testId = 'booking-problem' }: { problem: ApiProblem; testId?: string }) {
  const t = useT();
  const slug = (KNOWN as readonly string[]).includes(problem.slug) ? problem.slug : null;
  if (problem.status === 409 && slug) {
    return (
      <Alert testId={testId} problemType={problem.type} title={t(`care.problem.${slug}.title`)}>
        {slug !== 'slot-taken' && problem.detail && <p data-testid={`${testId}-detail`}>{problem.detail}</p>}
        <p>{t(`care.problem.${slug}.text`)}</p>
      </Alert>
    );
  }
  return <ProblemAlert problem={problem} testId={testId} />;
}
