import type { ApiProblem } from '../../../lib/api-client';
import type { Translate } from '../../../lib/i18n';

export type ProblemText = { title: string; detail?: string };

/**
 * Known problems are worded here, in the reader's language; anything else shows what the server
 * said, so an unforeseen answer is still explained rather than hidden.
 */
export function signInProblemText(problem: ApiProblem, t: Translate): ProblemText {
  switch (problem.slug) {
    case 'invalid-credentials':
      return { title: t('auth.problem.invalidCredentials.title'), detail: t('auth.problem.invalidCredentials.detail') };
    case 'account-disabled':
      return { title: t('auth.problem.accountDisabled.title'), detail: t('auth.problem.accountDisabled.detail') };
    case 'too-many-sign-in-attempts': {
      const seconds = problem.retryAfterSeconds;
      const detail =
        seconds && seconds > 90
          ? t('auth.problem.tooManyAttempts.detailMinutes', { minutes: Math.ceil(seconds / 60) })
          : t('auth.problem.tooManyAttempts.detail');
      return { title: t('auth.problem.tooManyAttempts.title'), detail };
    }
    case 'validation':
      return { title: t('auth.problem.validation.title') };
    case 'network':
      return { title: t('auth.problem.network.title'), detail: t('auth.problem.network.detail') };
    default:
      if (problem.status >= 500 || problem.status === 0 || problem.slug === 'unexpected-response') {
        return { title: t('auth.problem.unexpected.title'), detail: t('auth.problem.unexpected.detail') };
      }
      return { title: problem.title, detail: problem.detail };
  }
}
