import type { ReactNode } from 'react';
import type { ApiProblem } from '../../lib/api-client';
import { useT } from '../../lib/i18n';
import { Alert } from './Alert';

type Props = {
  problem: ApiProblem;
  testId?: string;
  /** Wording the page has for this case (e.g. a conflict), instead of the generic one. */
  title?: string;
  detail?: string;
  children?: ReactNode;
};

/**
 * A failed change, worded for the reader: generic wording for validation, network and server
 * failures; otherwise what the server said, so an unforeseen answer is still explained.
 */
export function ProblemAlert({ problem, testId = 'form-problem', title, detail, children }: Props) {
  const t = useT();
  let text: { title: string; detail?: string };
  if (title) text = { title, detail };
  else if (problem.slug === 'validation') text = { title: t('ui.problem.validation') };
  else if (problem.slug === 'network' || problem.status === 0)
    text = { title: t('ui.problem.network.title'), detail: t('ui.problem.network.detail') };
  else if (problem.status >= 500 || problem.slug === 'unexpected-response')
    text = { title: t('ui.problem.unexpected.title'), detail: t('ui.problem.unexpected.detail') };
  else text = { title: problem.title, detail: problem.detail };

  return (
    <Alert testId={testId} title={text.title} problemType={problem.type}>
      {text.detail && <p>{text.detail}</p>}
      {children}
    </Alert>
  );
}
