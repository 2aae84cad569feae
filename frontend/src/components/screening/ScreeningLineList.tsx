import type { ReactNode } from 'react';
import type { ScreeningLine } from './vocabulary';

type Props<Line extends ScreeningLine> = {
  screening: readonly Line[];
  /** The line's text in the reader's words, e.g. "PHQ-9 (depression): 16 of 27, moderately severe". */
  describe: (line: Line) => string;
  /** Shown instead of the list when there are no results. */
  empty: ReactNode;
  /** More about one line, under its text (e.g. its answers). */
  details?: (line: Line) => ReactNode;
  testId?: string;
};

/** One line per questionnaire (`data-instrument` on each), worded by the feature that shows it. */
export function ScreeningLineList<Line extends ScreeningLine>({ screening, describe, empty, details, testId }: Props<Line>) {
  if (screening.length === 0) return <>{empty}</>;
  return (
    <ul className="plain-list" data-testid={testId}>
      {screening.map((line) => (
        <li key={line.instrument} data-instrument={line.instrument}>
          {describe(line)}
          {details?.(line)}
        </li>
      ))}
    </ul>
  );
}
