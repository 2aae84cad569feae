import { useEffect, useRef, useState } from 'react';
import { Alert, Button, Card, ConfirmAction, ProblemAlert, StatusBadge } from '../../../components/ui';
import { isApiProblem, type ApiProblem } from '../../../lib/api-client';
import { formatDateTime, useLocale, useT } from '../../../lib/i18n';
import {
  acceptConsent,
  paragraphsOf,
  revokeConsent,
  type ConsentDocument,
  type ConsentStatus,
} from '../api/consent-api';

const TONE: Record<ConsentStatus, 'positive' | 'neutral' | 'warning'> = {
  ACCEPTED: 'positive',
  NOT_ACCEPTED: 'neutral',
  REVOKED: 'neutral',
  ACCEPTED_EARLIER_VERSION: 'warning',
};

type Props = {
  document: ConsentDocument;
  onChanged: (document: ConsentDocument) => void;
  /** The server has a newer version than the one shown: load it again. */
  onStale: () => void;
};

export function ConsentCard({ document: doc, onChanged, onStale }: Props) {
  const t = useT();
  const { locale } = useLocale();
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [accepting, setAccepting] = useState(false);
  const [done, setDone] = useState<'accepted' | 'revoked' | null>(null);
  const doneRef = useRef<HTMLParagraphElement>(null);
  const kind = doc.kind;

  // The button just pressed is gone; keep the keyboard where the result is.
  useEffect(() => {
    if (done) doneRef.current?.focus();
  }, [done]);
  const acceptedOn = doc.acceptedAt ? formatDateTime(doc.acceptedAt, locale) : '';

  async function accept() {
    if (accepting) return;
    setProblem(null);
    setDone(null);
    setAccepting(true);
    try {
      onChanged(await acceptConsent(kind, doc.version));
      setDone('accepted');
    } catch (failure) {
      if (!isApiProblem(failure)) throw failure;
      if (failure.status === 409) onStale();
      else setProblem(failure);
    } finally {
      setAccepting(false);
    }
  }

  async function revoke() {
    setProblem(null);
    setDone(null);
    try {
      onChanged(await revokeConsent(kind));
      setDone('revoked');
    } catch (failure) {
      if (isApiProblem(failure)) setProblem(failure);
      throw failure;
    }
  }

  const canAccept = doc.status !== 'ACCEPTED';
  const canRevoke = doc.status === 'ACCEPTED' || doc.status === 'ACCEPTED_EARLIER_VERSION';

  return (
    <Card title={doc.title} testId={`consent-${kind}`}>
      <p className="consent__meta">
        <StatusBadge tone={TONE[doc.status]} testId={`consent-status-${kind}`}>
          {t(`consent.status.${doc.status}`)}
        </StatusBadge>{' '}
        <span className="muted">
          {t('consent.version', { version: doc.version, date: formatDateTime(doc.publishedAt, locale) })}
        </span>
      </p>
      {doc.status === 'ACCEPTED_EARLIER_VERSION' && (
        <Alert tone="info" testId={`consent-new-version-${kind}`} title={t('consent.newVersion.title')}>
          <p>
            {t('consent.newVersion.text', {
              accepted: doc.acceptedVersion ?? '',
              date: acceptedOn,
              version: doc.version,
            })}
          </p>
        </Alert>
      )}
      <div className="consent__body">
        {paragraphsOf(doc.body).map((paragraph, index) => (
          <p key={index}>{paragraph}</p>
        ))}
      </div>
      {doc.status === 'ACCEPTED' && acceptedOn && (
        <p className="note">{t('consent.acceptedOn', { version: doc.acceptedVersion ?? doc.version, date: acceptedOn })}</p>
      )}
      {doc.status === 'REVOKED' && <p className="note">{t('consent.revokedNote')}</p>}
      {problem && <ProblemAlert problem={problem} />}
      <div className="actions">
        {canAccept && (
          <Button data-testid={`accept-${kind}`} busy={accepting} onClick={accept}>
            {doc.status === 'ACCEPTED_EARLIER_VERSION' ? t('consent.acceptNew') : t('consent.accept')}
          </Button>
        )}
        {canRevoke && (
          <ConfirmAction
            label={t('consent.revoke')}
            triggerTestId={`revoke-${kind}`}
            question={t('consent.revoke.question', { title: doc.title })}
            explanation={
              <>
                {kind === 'RELEASE_OF_INFORMATION' && (
                  <p data-testid="revoke-referrals-note">
                    <strong>{t('consent.revoke.effect.RELEASE_OF_INFORMATION')}</strong>
                  </p>
                )}
                <p>{t('consent.revoke.effect')}</p>
              </>
            }
            confirmLabel={t('consent.revoke.confirm')}
            onConfirm={revoke}
          />
        )}
      </div>
      <div aria-live="polite">
        {done && (
          <p ref={doneRef} tabIndex={-1} className="status-message" data-testid={`consent-done-${kind}`}>
            {t(done === 'accepted' ? 'consent.accepted.done' : 'consent.revoked.done')}
          </p>
        )}
      </div>
    </Card>
  );
}
