import { CrisisResources } from '../../../components/crisis';
import { QueryStatus } from '../../../components/ui';
import { useT } from '../../../lib/i18n';
import { usePageTitle } from '../../../lib/page-title';
import { useApiQuery } from '../../../lib/use-api-query';
import { INSTRUMENTS, fetchMyScreening, type MyScreening } from '../api/screening-api';
import { ConsentRequired } from './ConsentRequired';
import { QuestionnaireSequence } from './QuestionnaireSequence';
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
  return (
    <QuestionnaireSequence
      instruments={INSTRUMENTS}
      completed={initial.completed}
      renderComplete={(fresh) => <ScreeningComplete results={[...fresh, ...initial.results]} />}
    />
  );
}
