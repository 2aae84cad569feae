import { useEffect, useState, type FormEvent } from 'react';
import { Alert, Button, Card, ConfirmAction, ProblemAlert, QueryStatus } from '../../../components/ui';
import { CrisisResources } from '../../../components/crisis';
import { LocationSelect, isLocation } from '../../../components/location';
import { isApiProblem, type ApiProblem } from '../../../lib/api-client';
import { formatCalendarDate, useLocale, useT } from '../../../lib/i18n';
import { usePageTitle } from '../../../lib/page-title';
import { useApiQuery } from '../../../lib/use-api-query';
import {
  fetchMyEnrolment,
  fetchMyIdentity,
  updateMyLocation,
  withdraw,
  type MyEnrolment,
  type MyIdentity,
  type Withdrawal,
} from '../api/enrolment-api';
import { IdentityViews } from './IdentityViews';
import { LocationUnsupported } from './LocationUnsupported';

/** "My details": the member's own identity (every view recorded), where they will be, and withdrawing. */
export function MemberDetailsPage() {
  const t = useT();
  const enrolment = useApiQuery('my-enrolment', fetchMyEnrolment);
  usePageTitle(t('member.details.heading'));

  return (
    <>
      <h1 data-testid="details-heading">{t('member.details.heading')}</h1>
      <p className="lead">{t('member.details.lead')}</p>
      <IdentityCard />
      <IdentityViews />
      <section className="section" aria-labelledby="location-heading">
        <h2 id="location-heading">{t('member.location.heading')}</h2>
        {enrolment.status === 'success' ? (
          <LocationForm enrolment={enrolment.data} onSaved={enrolment.setData} />
        ) : (
          <QueryStatus state={enrolment} />
        )}
      </section>
      {enrolment.status === 'success' && (
        <WithdrawSection
          enrolment={enrolment.data}
          onWithdrawn={() => enrolment.setData({ ...enrolment.data, status: 'WITHDRAWN' })}
        />
      )}
      <CrisisResources />
    </>
  );
}

function IdentityCard() {
  const t = useT();
  const { locale } = useLocale();
  const identity = useApiQuery<MyIdentity>('my-identity', fetchMyIdentity);
  const notGiven = <span className="muted">{t('member.identity.notGiven')}</span>;

  return (
    <Card title={t('member.identity.heading')} testId="my-identity">
      <p className="note" data-testid="identity-recorded-note">
        {t('member.identity.note')}
      </p>
      {identity.status === 'success' ? (
        <dl className="facts">
          <dt>{t('member.identity.legalName')}</dt>
          <dd data-testid="identity-legal-name">{identity.data.legalName}</dd>
          <dt>{t('member.identity.birthDate')}</dt>
          <dd>{formatCalendarDate(identity.data.birthDate, locale)}</dd>
          <dt>{t('member.identity.email')}</dt>
          <dd>{identity.data.email}</dd>
          <dt>{t('member.identity.phone')}</dt>
          <dd>{identity.data.phone || notGiven}</dd>
          <dt>{t('member.identity.address')}</dt>
          <dd className="pre-line">{identity.data.address || notGiven}</dd>
        </dl>
      ) : (
        <QueryStatus state={identity} />
      )}
    </Card>
  );
}

type LocationFormProps = { enrolment: MyEnrolment; onSaved: (enrolment: MyEnrolment) => void };

function LocationForm({ enrolment, onSaved }: LocationFormProps) {
  const t = useT();
  const [state, setState] = useState<string>(enrolment.state);
  const [error, setError] = useState<string | undefined>();
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);

  useEffect(() => setState(enrolment.state), [enrolment.state]);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (saving) return;
    setProblem(null);
    setSaved(false);
    if (!isLocation(state)) {
      setError(t('member.location.required'));
      document.getElementById('location-state')?.focus();
      return;
    }
    setSaving(true);
    try {
      onSaved(await updateMyLocation(state));
      setSaved(true);
    } catch (failure) {
      if (!isApiProblem(failure)) throw failure;
      setError(failure.messageFor('state'));
      setProblem(failure);
    } finally {
      setSaving(false);
    }
  }

  return (
    <form className="form" noValidate onSubmit={handleSubmit} data-testid="location-form">
      <p>{t('member.location.intro')}</p>
      {problem && <ProblemAlert problem={problem} />}
      <LocationSelect
        id="location-state"
        value={state}
        error={error}
        onValueChange={(value) => {
          setState(value);
          setError(undefined);
          setSaved(false);
        }}
      />
      <Button type="submit" data-testid="save-location" busy={saving}>
        {t('member.location.save')}
      </Button>
      <div aria-live="polite">
        {saved && (
          <p className="status-message" data-testid="location-saved">
            {t('member.location.saved', { place: t(`location.${enrolment.state}`) })}
          </p>
        )}
      </div>
      {!enrolment.stateSupported && <LocationUnsupported />}
    </form>
  );
}

type WithdrawProps = { enrolment: MyEnrolment; onWithdrawn: () => void };

function WithdrawSection({ enrolment, onWithdrawn }: WithdrawProps) {
  const t = useT();
  const [result, setResult] = useState<Withdrawal | null>(null);
  const [problem, setProblem] = useState<ApiProblem | null>(null);

  const retention = (
    <ul className="promise__list" data-testid="withdraw-retention">
      <li>{t('member.withdraw.retention.account')}</li>
      <li>{t('member.withdraw.retention.seat')}</li>
      <li>{t('member.withdraw.retention.identity')}</li>
      <li>{t('member.withdraw.retention.employer')}</li>
    </ul>
  );

  async function confirm() {
    setProblem(null);
    try {
      const outcome = await withdraw();
      setResult(outcome);
      onWithdrawn();
    } catch (failure) {
      if (isApiProblem(failure)) setProblem(failure);
      throw failure;
    }
  }

  return (
    <section className="section" aria-labelledby="withdraw-heading">
      <h2 id="withdraw-heading">{t('member.withdraw.heading')}</h2>
      {result ? (
        <Alert tone="info" testId="withdraw-result" title={t('member.withdraw.done.title')}>
          <p>{result.seatReleased ? t('member.withdraw.done.seatReleased') : t('member.withdraw.done.seatKept')}</p>
          <p>{t('member.withdraw.done.kept')}</p>
        </Alert>
      ) : enrolment.status === 'WITHDRAWN' ? (
        <p data-testid="withdrawn">{t('member.withdraw.already')}</p>
      ) : (
        <>
          <p>{t('member.withdraw.intro')}</p>
          {retention}
          {problem && <ProblemAlert problem={problem} />}
          <div className="actions">
            <ConfirmAction
              label={t('member.withdraw.button')}
              triggerTestId="withdraw"
              question={t('member.withdraw.question')}
              explanation={<p>{t('member.withdraw.confirmNote')}</p>}
              confirmLabel={t('member.withdraw.confirm')}
              onConfirm={confirm}
            />
          </div>
        </>
      )}
    </section>
  );
}
