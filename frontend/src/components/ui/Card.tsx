import { useId, type ReactNode } from 'react';

type Props = { title: string; tone?: 'plain' | 'promise' | 'urgent'; testId?: string; children: ReactNode };

export function Card({ title, tone = 'plain', testId, children }: Props) {
  const headingId = useId();
  return (
    <section className={`card card--${tone}`} aria-labelledby={headingId} data-testid={testId}>
      <h2 id={headingId} className="card__title">
        {title}
      </h2>
      {children}
    </section>
  );
}
