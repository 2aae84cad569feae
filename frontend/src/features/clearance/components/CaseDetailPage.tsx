import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { Alert, Card, QueryStatus } from '../../../components/ui';
import { formatCalendarDate, formatDateTime, useLocale, useT } from '../../../lib/i18n';
import { usePageTitle } from '../../../lib/page-title';
import { useApiQuery } from '../../../lib/use-api-query';
import { fetchCase, isKnown, REVIEW_REASONS, SETTINGS, type CaseDetail, type MemberIdentity, type Setting } from '../api/clearance-api';
import type { DecisionValues } from '../api/decision-validation';
import { DecisionForm } from './DecisionForm';
import { bandName, instrumentName, reasonText, ReviewReasons } from './ScreeningSummary';

type Recorded = { status: CaseDetail['status']; setting: Setting | null; messageToMember: string | null };

export function CaseDetailPage() {
  const t = useT();
  const { id = '' } = useParams();
  const detail = useApiQuery(`clearance-case-${id}`, (signal) => fetchCase(id, signal));
  const [recorded, setRecorded] = useState<Recorded | null>(null);
  usePageTitle(detail.status === 'success' ? detail.data.pseudonym : t('clearance.case.fallbackHeading'));

  function onRecorded(updated: CaseDetail, sent: DecisionValues) {
    detail.setData(updated);
    setRecorded({
      status: updated.status === 'IN_REVIEW' || updated.status === 'QUEUED' ? (sent.outcome as Recorded['status']) : updated.status,
      setting: updated.setting ?? (sent.outcome === 'CLEARED' && sent.setting ? sent.setting : null),
      messageToMember: updated.messageToMember ?? (sent.messageToMember.trim() || null),
    });
  }

  return (
    <div data-testid="clearance-case">
      <p className="breadcrumb">
        <Link to="/provider/clearance">{t('clearance.case.back')}</Link>
      </p>
      {detail.status === 'success' ? (
        <CaseView detail={detail.data} recorded={recorded} onRecorded={onRecorded} />
      ) : detail.status === 'error' && detail.problem.status === 404 ? (
        <>
          <h1>{t('clearance.case.fallbackHeading')}</h1>
          <p className="lead" data-testid="case-not-found">
            {t('clearance.case.notFound')}
          </p>
        </>
      ) : (
        <>
          <h1>{t('clearance.case.fallbackHeading')}</h1>
          <QueryStatus state={detail} />
        </>
      )}
    </div>
  );
}

type ViewProps = {
  detail: CaseDetail;
  recorded: Recorded | null;
  onRecorded: (detail: CaseDetail, sent: DecisionValues) => void;
};

function CaseView({ detail, recorded, onRecorded }: ViewProps) {
  const t = useT();
  const { locale } = useLocale();
  const decided = recorded ?? decisionOf(detail);
  return (
    <>
      <h1>{t('clearance.case.heading', { pseudonym: detail.pseudonym })}</h1>
      {detail.urgent && (
        <Alert title={t('clearance.urgent')} testId="urgent-banner">
          <p>{t('clearance.case.urgentText')}</p>
        </Alert>
      )}
      <dl className="facts">
        <dt>{t('clearance.column.state')}</dt>
        <dd>{detail.state}</dd>
        <dt>{t('clearance.column.status')}</dt>
        <dd data-testid="case-status">{t(`clearance.status.${detail.status}`)}</dd>
        <dt>{t('clearance.column.queuedAt')}</dt>
        <dd>{formatDateTime(detail.queuedAt, locale)}</dd>
        {detail.acceptedAt && (
          <>
            <dt>{t('clearance.case.acceptedAt')}</dt>
            <dd>{formatDateTime(detail.acceptedAt, locale)}</dd>
          </>
        )}
      </dl>

      <IdentityCard detail={detail} />

      <section className="section" aria-labelledby="case-screening-heading">
        <h2 id="case-screening-heading">{t('clearance.case.screening')}</h2>
        {detail.screening.length === 0 && <p className="muted">{t('clearance.screening.none')}</p>}
        {detail.screening.map((line) => (
          <div key={line.instrument} className="section" data-testid={`screening-${line.instrument}`}>
            <h3>{instrumentName(t, line.instrument)}</h3>
            <p>
              {t('clearance.case.score', { total: line.total, maximum: line.maximum, band: bandName(t, line.band) })}
            </p>
            {line.answers && line.answers.length > 0 && (
              <details>
                <summary>{t('clearance.case.answers')}</summary>
                <ol className="answer-list">
                  {line.answers.map((answer, index) => (
                    <li key={index}>{answerText(t, line.instrument, index, answer)}</li>
                  ))}
                </ol>
              </details>
            )}
          </div>
        ))}
      </section>

      <section className="section" aria-labelledby="case-reasons-heading">
        <h2 id="case-reasons-heading">{t('clearance.case.reasons')}</h2>
        <ReviewReasons reasons={detail.reviewReasons} />
        <h3>{t('clearance.case.details')}</h3>
        {detail.contraindicationDetails ? (
          <p className="quoted-message" data-testid="contraindication-details">
            {detail.contraindicationDetails}
          </p>
        ) : (
          <p className="muted">{t('clearance.case.noDetails')}</p>
        )}
      </section>

      <section className="section">
        {decided ? (
          <RecordedDecision decided={decided} />
        ) : detail.status === 'IN_REVIEW' ? (
          <DecisionForm caseId={detail.id} onRecorded={onRecorded} />
        ) : (
          <p className="muted">{t('clearance.case.notInReview')}</p>
        )}
      </section>
    </>
  );
}

const answerText = (t: ReturnType<typeof useT>, instrument: string, index: number, answer: number) =>
  instrument === 'CONTRAINDICATIONS' && index < REVIEW_REASONS.length
    ? t('clearance.case.healthAnswer', {
        question: reasonText(t, REVIEW_REASONS[index] ?? ''),
        answer: answer > 0 ? t('clearance.case.yes') : t('clearance.case.no'),
      })
    : t('clearance.case.itemAnswer', { number: index + 1, answer });

function decisionOf(detail: CaseDetail): Recorded | null {
  if (detail.status === 'QUEUED' || detail.status === 'IN_REVIEW') return null;
  return { status: detail.status, setting: detail.setting ?? null, messageToMember: detail.messageToMember ?? null };
}

function IdentityCard({ detail }: { detail: CaseDetail }) {
  const t = useT();
  const { locale } = useLocale();
  if (detail.identityWithheld || !detail.identity) {
    return (
      <Card title={t('clearance.identity.heading')} testId="identity-withheld">
        <p>{t('clearance.identity.withheld')}</p>
      </Card>
    );
  }
  const identity = detail.identity;
  const notGiven = t('clearance.identity.notGiven');
  return (
    <Card title={t('clearance.identity.heading')} testId="member-identity">
      <p className="note" data-testid="identity-recorded-note">
        {t('clearance.identity.recorded')}
      </p>
      <dl className="facts">
        <dt>{t('clearance.identity.legalName')}</dt>
        <dd>{identity.legalName}</dd>
        <dt>{t('clearance.identity.birthDate')}</dt>
        <dd>{identity.birthDate ? formatCalendarDate(identity.birthDate, locale) : notGiven}</dd>
        <dt>{t('clearance.identity.phone')}</dt>
        <dd>{identity.phone || notGiven}</dd>
        <dt>{t('clearance.identity.address')}</dt>
        <dd>{addressText(identity.address) || notGiven}</dd>
        <dt>{t('clearance.identity.email')}</dt>
        <dd>{identity.email || notGiven}</dd>
      </dl>
    </Card>
  );
}

/** The contract sends the address as text; an object of lines is joined rather than lost. */
function addressText(address: MemberIdentity['address']): string {
  if (!address) return '';
  if (typeof address === 'string') return address;
  return Object.values(address)
    .filter((part) => typeof part === 'string' && part.trim() !== '')
    .join(', ');
}

function RecordedDecision({ decided }: { decided: Recorded }) {
  const t = useT();
  const outcomeKnown = decided.status !== 'QUEUED' && decided.status !== 'IN_REVIEW';
  return (
    <div role="status" data-testid="decision-recorded" data-outcome={decided.status}>
      <h2>{t('clearance.recorded.heading')}</h2>
      <p>
        {outcomeKnown
          ? t('clearance.recorded.outcome', { outcome: t(`clearance.outcome.${decided.status}`) })
          : t(`clearance.status.${decided.status}`)}
      </p>
      {decided.setting && isKnown(SETTINGS, decided.setting) && (
        <p>{t('clearance.recorded.setting', { setting: t(`clearance.setting.${decided.setting}`) })}</p>
      )}
      {decided.messageToMember && (
        <>
          <p>{t('clearance.recorded.message')}</p>
          <p className="quoted-message">{decided.messageToMember}</p>
        </>
      )}
    </div>
  );
}
