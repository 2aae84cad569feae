import type { ReactNode } from 'react';

type Props = { tone?: 'positive' | 'neutral' | 'warning'; testId?: string; children: ReactNode };

export function StatusBadge({ tone = 'neutral', testId, children }: Props) {
  return (
    <span className={`badge badge--${tone}`} data-testid={testId}>
      {children}
    </span>
  );
}
