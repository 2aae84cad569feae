import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { ConfirmAction, ProblemAlert, QueryStatus } from '../../../components/ui';
import { isApiProblem, type ApiProblem } from '../../../lib/api-client';
import { useT } from '../../../lib/i18n';
import { usePageTitle } from '../../../lib/page-title';
import { useApiQuery } from '../../../lib/use-api-query';
import { activateProgramme, closeProgramme, fetchProgramme, rotateEnrolmentCode } from '../api/programme-api';
import type { ProgrammeView } from '../api/types';
import { EligibilityCard } from './EligibilityCard';
import { EnrolmentCodeCard } from './EnrolmentCodeCard';
import { HistoryCard } from './HistoryCard';
import { ProgrammeFacts } from './ProgrammeFacts';
import { ProgrammeStatusBadge } from './ProgrammeStatusBadge';
import { SeatUsageCard } from './SeatUsageCard';
import { StatementsCard } from './StatementsCard';

export function ProgrammeDetailPage() {
  const t = useT();
  const { id = '' } = useParams();
  const programme = useApiQuery(`programme-${id}`, (signal) => fetchProgramme(id, signal));
  // Bumped after every change, so the history shows it without reloading the page.
  const [changes, setChanges] = useState(0);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  usePageTitle(programme.status === 'success' ? programme.data.name : t('sponsorship.detail.fallbackHeading'));

  if (programme.status !== 'success') {
    return (
      <>
        <p className="breadcrumb">
          <Link to="/hr/programmes">{t('sponsorship.backToList')}</Link>
        </p>
        <QueryStatus state={programme} />
      </>
    );
  }

  const view = programme.data;

  function changed(next: ProgrammeView) {
    programme.setData(next);
    setChanges((n) => n + 1);
  }

  /** Runs a change; a failure is shown on the page and rethrown so the confirm step stays open. */
  async function run(action: () => Promise<ProgrammeView>) {
    setProblem(null);
    try {
      changed(await action());
    } catch (error) {
      if (isApiProblem(error)) setProblem(error);
      throw error;
    }
  }

  function refresh() {
    fetchProgramme(id).then(changed, () => setChanges((n) => n + 1));
  }

  return (
    <>
      <p className="breadcrumb">
        <Link to="/hr/programmes">{t('sponsorship.backToList')}</Link>
      </p>
      <div className="page-heading">
        <h1>{view.name}</h1>
        <ProgrammeStatusBadge status={view.status} />
      </div>
      <div className="actions">
        {view.status !== 'CLOSED' && (
          <Link to={`/hr/programmes/${encodeURIComponent(view.id)}/edit`} className="button button--secondary" data-testid="edit-programme">
            {t('sponsorship.detail.edit')}
          </Link>
        )}
        {view.status === 'DRAFT' && (
          <ConfirmAction
            label={t('sponsorship.activate.button')}
            triggerTestId="activate-programme"
            triggerVariant="primary"
            question={t('sponsorship.activate.question')}
            explanation={<p>{t('sponsorship.activate.explanation')}</p>}
            confirmLabel={t('sponsorship.activate.confirm')}
            onConfirm={() => run(() => activateProgramme(view.id))}
          />
        )}
        {view.status === 'ACTIVE' && (
          <ConfirmAction
            label={t('sponsorship.close.button')}
            triggerTestId="close-programme"
            question={t('sponsorship.close.question')}
            explanation={<p>{t('sponsorship.close.explanation')}</p>}
            confirmLabel={t('sponsorship.close.confirm')}
            onConfirm={() => run(() => closeProgramme(view.id))}
          />
        )}
      </div>
      {problem && <ProblemAlert problem={problem} testId="programme-problem" />}
      <ProgrammeFacts programme={view} />
      <SeatUsageCard programme={view} />
      {view.status === 'ACTIVE' && view.enrolmentCode && (
        <EnrolmentCodeCard
          programmeId={view.id}
          code={view.enrolmentCode}
          onRotate={() => run(() => rotateEnrolmentCode(view.id))}
        />
      )}
      <EligibilityCard programme={view} onUploaded={refresh} />
      <StatementsCard programmeId={view.id} changes={changes} />
      <HistoryCard programmeId={view.id} changes={changes} />
    </>
  );
}
