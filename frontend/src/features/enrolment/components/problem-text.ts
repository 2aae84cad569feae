import type { ApiProblem } from '../../../lib/api-client';
import type { Translate } from '../../../lib/i18n';

export type ProblemText = { title: string; detail?: string };

/**
 * The enrolment answers worded for the reader, in their language and never from the server's text
 * (the not-eligible answer must read the same whatever the reason was). Null: the generic wording.
 */
export function enrolmentProblemText(problem: ApiProblem, t: Translate): ProblemText | null {
  switch (problem.slug) {
    case 'not-eligible':
      return { title: t('enrolment.problem.notEligible.title'), detail: t('enrolment.problem.notEligible.detail') };
    case 'too-many-requests':
      return { title: t('enrolment.problem.tooMany.title'), detail: waitText(problem, t) };
    case 'no-seats-left':
      return { title: t('enrolment.problem.noSeats.title'), detail: t('enrolment.problem.noSeats.detail') };
    case 'already-enrolled':
      return { title: t('enrolment.problem.alreadyEnrolled.title'), detail: t('enrolment.problem.alreadyEnrolled.detail') };
    case 'conflict':
      return { title: t('enrolment.problem.emailTaken.title'), detail: t('enrolment.problem.emailTaken.detail') };
    default:
      if (problem.status === 429) return { title: t('enrolment.problem.tooMany.title'), detail: waitText(problem, t) };
      return null;
  }
}

function waitText(problem: ApiProblem, t: Translate): string {
  const seconds = problem.retryAfterSeconds;
  if (!seconds || seconds <= 90) return t('enrolment.problem.tooMany.waitMinute');
  return t('enrolment.problem.tooMany.waitMinutes', { minutes: Math.ceil(seconds / 60) });
}
