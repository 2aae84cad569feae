import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { Alert, Button, QueryStatus } from '../../../components/ui';
import { isApiProblem, type ApiProblem } from '../../../lib/api-client';
import { formatDateTime, useLocale, useT } from '../../../lib/i18n';
import { usePageTitle } from '../../../lib/page-title';
import { useApiQuery } from '../../../lib/use-api-query';
import { acceptReferral, fetchReferral, type ReferralDetail } from '../api/referral-api';
import { AcceptProblem } from './AcceptProblem';
import { DeclineForm } from './DeclineForm';
import { MemberContactCard } from './MemberContactCard';
import { PsychotherapistsOnly } from './PsychotherapistsOnly';
import { languageNeed, settingName, stateName } from './referral-text';
import { ScreeningLines } from './ScreeningLines';

export function ReferralDetailPage() {
  const t = useT();
  const { id = '' } = useParams();
  const detail = useApiQuery(`referral-${id}`, (signal) => fetchReferral(id, signal));
  const [declined, setDeclined] = useState(false);
  const heading =
    detail.status === 'success'
      ? t('referral.detail.heading', { pseudonym: detail.data.pseudonym })
      : t('referral.detail.fallbackHeading');
  usePageTitle(heading);

  let content;
  if (detail.status === 'success' && declined) {
    content = (
      <>
        <h1>{heading}</h1>
        <div role="status" data-testid="referral-declined">
          <p className="lead">{t('referral.declined.text')}</p>
        </div>
        <p>
          <Link to="/provider/referrals" data-testid="back-to-referrals">
            {t('referral.backToQueue')}
          </Link>
        </p>
      </>
    );
  } else if (detail.status === 'success') {
    content = <ReferralView detail={detail.data} onAccepted={detail.setData} onDeclined={() => setDeclined(true)} />;
  } else {
    const status = detail.status === 'error' ? detail.problem.status : 0;
    content = (
      <>
        <h1>{heading}</h1>
        {status === 404 ? (
          <p className="lead" data-testid="referral-not-found">
            {t('referral.detail.notFound')}
          </p>
        ) : status === 403 ? (
          <PsychotherapistsOnly />
        ) : (
          <QueryStatus state={detail} />
        )}
      </>
    );
  }

  return (
    <div data-testid="referral-detail">
      <p className="breadcrumb">
        <Link to="/provider/referrals">{t('referral.detail.back')}</Link>
      </p>
      {content}
    </div>
  );
}

type ViewProps = { detail: ReferralDetail; onAccepted: (detail: ReferralDetail) => void; onDeclined: () => void };

function ReferralView({ detail, onAccepted, onDeclined }: ViewProps) {
  const t = useT();
  const { locale } = useLocale();
  const [accepting, setAccepting] = useState(false);
  const [declining, setDeclining] = useState(false);
  const [problem, setProblem] = useState<ApiProblem | null>(null);

  async function accept() {
    if (accepting) return;
    setAccepting(true);
    setProblem(null);
    try {
      onAccepted(await acceptReferral(detail.id));
    } catch (error) {
      if (!isApiProblem(error)) throw error;
      setProblem(error);
    } finally {
      setAccepting(false);
    }
  }

  // After a 409 the referral is no longer offered to this psychotherapist: nothing left to answer.
  const canAnswer = detail.status === 'OFFERED' && problem?.status !== 409;
  return (
    <>
      <h1>{t('referral.detail.heading', { pseudonym: detail.pseudonym })}</h1>
      {detail.urgent && (
        <Alert title={t('referral.urgent')} testId="urgent-banner">
          <p>{t('referral.detail.urgentText')}</p>
        </Alert>
      )}
      <dl className="facts">
        <dt>{t('referral.column.status')}</dt>
        <dd data-testid="referral-detail-status" data-status={detail.status}>
          {t(`referral.referralStatus.${detail.status}`)}
        </dd>
        <dt>{t('referral.column.state')}</dt>
        <dd>{stateName(t, detail.state)}</dd>
        <dt>{t('referral.column.age')}</dt>
        <dd>{t('referral.ageBand', { band: detail.ageBand })}</dd>
        <dt>{t('referral.column.language')}</dt>
        <dd>{languageNeed(t, locale, detail.language, detail.languageRequired)}</dd>
        <dt>{t('referral.column.setting')}</dt>
        <dd>{settingName(t, detail.setting)}</dd>
        <dt>{t('referral.column.offeredAt')}</dt>
        <dd>{formatDateTime(detail.offeredAt, locale)}</dd>
        {detail.status === 'OFFERED' && (
          <>
            <dt>{t('referral.column.respondBy')}</dt>
            <dd>{formatDateTime(detail.respondBy, locale)}</dd>
          </>
        )}
        {detail.acceptedAt && (
          <>
            <dt>{t('referral.column.acceptedAt')}</dt>
            <dd>{formatDateTime(detail.acceptedAt, locale)}</dd>
          </>
        )}
      </dl>

      {problem && <AcceptProblem problem={problem} state={detail.state} />}
      {canAnswer && (
        <div className="actions">
          <Button data-testid="accept-referral" busy={accepting} disabled={declining} onClick={() => void accept()}>
            {accepting ? t('referral.accepting') : t('referral.detail.accept')}
          </Button>
          <Button
            variant="secondary"
            data-testid="decline-referral"
            disabled={accepting}
            aria-expanded={declining}
            onClick={() => setDeclining(true)}
          >
            {t('referral.detail.decline')}
          </Button>
          {declining && (
            <DeclineForm
              referralId={detail.id}
              pseudonym={detail.pseudonym}
              onCancel={() => setDeclining(false)}
              onDeclined={onDeclined}
            />
          )}
        </div>
      )}

      <MemberContactCard detail={detail} />

      <section className="section" aria-labelledby="referral-screening-heading">
        <h2 id="referral-screening-heading">{t('referral.detail.screening')}</h2>
        <ScreeningLines screening={detail.screening} />
      </section>
    </>
  );
}
