import type { ReactNode } from 'react';

type Props = {
  tone?: 'error' | 'info';
  title?: string;
  children?: ReactNode;
  testId?: string;
  /** Extra data attributes, e.g. the problem type, for tests that must not depend on wording. */
  problemType?: string;
};

/** An announced message; `role="alert"` makes screen readers read it as soon as it appears. */
export function Alert({ tone = 'error', title, children, testId, problemType }: Props) {
  return (
    <div
      role="alert"
      className={`alert alert--${tone}`}
      data-testid={testId}
      data-problem-type={problemType}
    >
      {title && <p className="alert__title">{title}</p>}
      {children && <div className="alert__body">{children}</div>}
    </div>
  );
}
