import { useState } from 'react';
import { Alert, ConfirmAction, ProblemAlert, QueryStatus, StatusBadge, TextAreaField } from '../../../components/ui';
import { isApiProblem, type ApiProblem } from '../../../lib/api-client';
import { useT } from '../../../lib/i18n';
import { useApiQuery } from '../../../lib/use-api-query';
import {
  CHANGE_REASON_MAX,
  changeTherapist,
  fetchMyOptions,
  type ChangeRequest,
  type MyReferral,
  type TherapistCard,
  type TherapistOption,
} from '../api/referral-api';
import { ReasonList, TherapistFacts } from './TherapistFacts';

type Props = { current: TherapistCard; onChanged: (referral: MyReferral) => void };

/** Members may pick another eligible therapist, or ask for the next best one, at any time. */
export function ChangeTherapist({ current, onChanged }: Props) {
  const t = useT();
  const options = useApiQuery(`referral-options-${current.id}`, fetchMyOptions);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [changedTo, setChangedTo] = useState<string | null>(null);

  async function change(request: ChangeRequest) {
    setProblem(null);
    setChangedTo(null);
    try {
      const referral = await changeTherapist(request);
      setReason('');
      setChangedTo(referral.therapist?.displayName ?? null);
      onChanged(referral);
    } catch (error) {
      if (!isApiProblem(error)) throw error;
      setProblem(error);
      if (error.slug === 'therapist-not-eligible') options.retry();
      // Only a failure worth retrying keeps the confirm step open; the kind answers close it.
      if (error.status !== 409 && error.status !== 404) throw error;
    }
  }

  return (
    <section className="section" aria-labelledby="change-heading" data-testid="change-therapist">
      <h2 id="change-heading">{t('referral.change.heading')}</h2>
      <p className="muted">{t('referral.change.intro')}</p>
      {changedTo && (
        <p role="status" className="note" data-testid="therapist-changed">
          {t('referral.change.done', { name: changedTo })}
        </p>
      )}
      {problem && <ChangeProblem problem={problem} current={current} />}
      {options.status === 'success' ? (
        <OptionList options={options.data} current={current} onChoose={(therapistId) => change({ therapistId })} />
      ) : (
        <QueryStatus state={options} />
      )}

      <h3>{t('referral.change.someoneElse.heading')}</h3>
      <p>{t('referral.change.someoneElse.intro', { name: current.displayName })}</p>
      <TextAreaField
        id="change-reason"
        name="reason"
        label={t('referral.change.reason.label')}
        hint={t('referral.change.reason.hint', { max: CHANGE_REASON_MAX })}
        maxLength={CHANGE_REASON_MAX}
        value={reason}
        onValueChange={setReason}
      />
      <div className="actions">
        <ConfirmAction
          label={t('referral.change.someoneElse.button')}
          triggerTestId="ask-someone-else"
          question={t('referral.change.someoneElse.question', { name: current.displayName })}
          explanation={<p>{t('referral.change.someoneElse.explanation', { name: current.displayName })}</p>}
          confirmLabel={t('referral.change.someoneElse.confirm')}
          onConfirm={() => change(reason.trim() ? { reason: reason.trim() } : {})}
        />
      </div>
    </section>
  );
}

type ListProps = { options: TherapistOption[]; current: TherapistCard; onChoose: (therapistId: string) => Promise<void> };

function OptionList({ options, current, onChoose }: ListProps) {
  const t = useT();
  const others = options.filter((option) => !option.current);
  return (
    <>
      {others.length === 0 && <p data-testid="no-other-options">{t('referral.change.noOthers')}</p>}
      <ul className="option-list" data-testid="therapist-options">
        {options.map(({ therapist, reasons, current: isCurrent }) => (
          <li key={therapist.id} className="option" data-therapist-id={therapist.id} data-current={String(isCurrent)}>
            <h3 className="option__name">
              {therapist.displayName}{' '}
              {isCurrent && <StatusBadge tone="positive">{t('referral.change.current')}</StatusBadge>}
            </h3>
            <TherapistFacts therapist={therapist} />
            {reasons.length > 0 && (
              <>
                <p className="option__why">{t('referral.therapist.why')}</p>
                <ReasonList reasons={reasons} />
              </>
            )}
            {!isCurrent && (
              <div className="actions">
                <ConfirmAction
                  label={t('referral.change.choose', { name: therapist.displayName })}
                  triggerTestId={`choose-therapist-${therapist.id}`}
                  triggerVariant="primary"
                  question={t('referral.change.chooseQuestion', { name: therapist.displayName })}
                  explanation={
                    <p>
                      {t('referral.change.chooseExplanation', { name: therapist.displayName, current: current.displayName })}
                    </p>
                  }
                  confirmLabel={t('referral.change.chooseConfirm')}
                  onConfirm={() => onChoose(therapist.id)}
                />
              </div>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}

function ChangeProblem({ problem, current }: { problem: ApiProblem; current: TherapistCard }) {
  const t = useT();
  if (problem.slug === 'no-other-therapist') {
    return (
      <Alert tone="info" title={t('referral.change.noOther.title')} testId="change-problem" problemType={problem.type}>
        <p>{t('referral.change.noOther.text', { name: current.displayName })}</p>
      </Alert>
    );
  }
  if (problem.slug === 'therapist-not-eligible') {
    return (
      <Alert tone="info" title={t('referral.change.notEligible.title')} testId="change-problem" problemType={problem.type}>
        <p>{t('referral.change.notEligible.text')}</p>
      </Alert>
    );
  }
  if (problem.status === 404) {
    return (
      <Alert tone="info" title={t('referral.change.nothingOpen.title')} testId="change-problem" problemType={problem.type}>
        <p>{t('referral.change.nothingOpen.text')}</p>
      </Alert>
    );
  }
  return <ProblemAlert problem={problem} testId="change-problem" />;
}
