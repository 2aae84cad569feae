import { useState, type ReactNode } from 'react';
import { CrisisNow } from '../../../components/crisis';
import type { Instrument, ScreeningResult, Timepoint } from '../api/screening-api';
import { InstrumentForm } from './InstrumentForm';
import { ResultNotice } from './ResultNotice';

export type QuestionnaireSequenceProps = {
  /** The questionnaires of this visit, in the order they are answered. */
  instruments: readonly Instrument[];
  /** Those already answered; they are skipped. */
  completed: readonly Instrument[];
  /** A follow-up's timepoint; absent for the baseline screening. */
  timepoint?: Timepoint;
  /** Shown once every questionnaire is answered, with the results sent on this visit (newest first). */
  renderComplete: (results: ScreeningResult[]) => ReactNode;
};

/**
 * One questionnaire at a time, skipping what is done; the score just sent is shown briefly, and an
 * answer about self-harm brings crisis help at once (it stays for the rest of the visit).
 */
export function QuestionnaireSequence(props: QuestionnaireSequenceProps) {
  const { instruments, completed: initiallyCompleted, timepoint, renderComplete } = props;
  const [completed, setCompleted] = useState<Instrument[]>(() => [...initiallyCompleted]);
  const [results, setResults] = useState<ScreeningResult[]>([]);
  const [last, setLast] = useState<ScreeningResult | null>(null);
  const [crisis, setCrisis] = useState(false);

  const current = instruments.find((instrument) => !completed.includes(instrument));

  function submitted(result: ScreeningResult) {
    setCompleted((done) => [...done, result.instrument]);
    setResults((earlier) => [result, ...earlier]);
    setLast(result);
    if (result.crisis) setCrisis(true);
  }

  return (
    <>
      {/* Stays on top for the rest of the visit once shown; the member may still go on. */}
      {crisis && <CrisisNow />}
      {last && <ResultNotice result={last} focus={!last.crisis} />}
      {current ? (
        <InstrumentForm
          key={current}
          instrument={current}
          position={instruments.indexOf(current) + 1}
          total={instruments.length}
          timepoint={timepoint}
          onSubmitted={submitted}
        />
      ) : (
        renderComplete(results)
      )}
    </>
  );
}
