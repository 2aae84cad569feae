import { useState } from 'react';
import { CrisisNow, CrisisResources } from '../../../components/crisis';
import { QueryStatus } from '../../../components/ui';
import { useT } from '../../../lib/i18n';
import { usePageTitle } from '../../../lib/page-title';
import { useApiQuery } from '../../../lib/use-api-query';
import {
  INSTRUMENTS,
  fetchMyScreening,
  type Instrument,
  type MyScreening,
  type ScreeningResult,
} from '../api/screening-api';
import { ConsentRequired } from './ConsentRequired';
import { InstrumentForm } from './InstrumentForm';
import { ResultNotice } from './ResultNotice';
import { ScreeningComplete } from './ScreeningComplete';

/** PHQ-9, GAD-7, PCL-5, then the health questions: one page each, skipping what is already done. */
export function ScreeningPage() {
  const t = useT();
  const mine = useApiQuery('my-screening', fetchMyScreening);
  usePageTitle(t('screening.heading'));

  return (
    <div data-testid="screening">
      <h1 data-testid="screening-heading">{t('screening.heading')}</h1>
      <p className="lead">{t('screening.lead')}</p>
      {mine.status === 'success' ? (
        <ScreeningFlow initial={mine.data} />
      ) : mine.status === 'error' && mine.problem.slug === 'consent-required' ? (
        <ConsentRequired problem={mine.problem} />
      ) : (
        <QueryStatus state={mine} />
      )}
      <CrisisResources />
    </div>
  );
}

function ScreeningFlow({ initial }: { initial: MyScreening }) {
  const [completed, setCompleted] = useState<Instrument[]>(initial.completed);
  const [results, setResults] = useState(initial.results);
  const [last, setLast] = useState<ScreeningResult | null>(null);
  const [crisis, setCrisis] = useState(false);

  const current = INSTRUMENTS.find((instrument) => !completed.includes(instrument));

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
          position={INSTRUMENTS.indexOf(current) + 1}
          total={INSTRUMENTS.length}
          onSubmitted={submitted}
        />
      ) : (
        <ScreeningComplete results={results} />
      )}
    </>
  );
}
