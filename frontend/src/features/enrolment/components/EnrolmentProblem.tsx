import { Link } from 'react-router-dom';
import { ProblemAlert } from '../../../components/ui';
import type { ApiProblem } from '../../../lib/api-client';
import { useT } from '../../../lib/i18n';
import { enrolmentProblemText } from './problem-text';

/** A failed check or enrolment in an announced alert (data-testid="form-problem"), with a way on where there is one. */
export function EnrolmentProblem({ problem }: { problem: ApiProblem }) {
  const t = useT();
  const text = enrolmentProblemText(problem, t);
  const offerSignIn = problem.slug === 'already-enrolled' || problem.slug === 'conflict';
  return (
    <ProblemAlert problem={problem} title={text?.title} detail={text?.detail}>
      {offerSignIn && (
        <p>
          <Link to="/sign-in" data-testid="enrolment-sign-in">
            {t('enrolment.problem.signIn')}
          </Link>
        </p>
      )}
    </ProblemAlert>
  );
}
