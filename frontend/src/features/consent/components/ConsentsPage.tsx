import { useState } from 'react';
import { Link } from 'react-router-dom';
import { Alert, QueryStatus } from '../../../components/ui';
import { CrisisResources } from '../../../components/crisis';
import { useLocale, useT } from '../../../lib/i18n';
import { usePageTitle } from '../../../lib/page-title';
import { useApiQuery } from '../../../lib/use-api-query';
import { CONSENT_KINDS, fetchConsents, type ConsentDocument } from '../api/consent-api';
import { ConsentCard } from './ConsentCard';

const order = (doc: ConsentDocument) => CONSENT_KINDS.indexOf(doc.kind);

/** The four consent documents, in the member's language: read, accept, revoke. */
export function ConsentsPage() {
  const t = useT();
  const { locale } = useLocale();
  const consents = useApiQuery(`consents-${locale}`, (signal) => fetchConsents(locale, signal));
  const [stale, setStale] = useState(false);
  usePageTitle(t('consent.heading'));

  const documents = consents.status === 'success' ? [...consents.data].sort((a, b) => order(a) - order(b)) : [];
  const accepted = documents.filter((doc) => doc.status === 'ACCEPTED').length;
  const allAccepted =
    documents.length > 0 && CONSENT_KINDS.every((kind) => documents.some((doc) => doc.kind === kind && doc.status === 'ACCEPTED'));

  function changed(updated: ConsentDocument) {
    if (consents.status !== 'success') return;
    // The answer may come in another language: keep the text already shown, take the new status.
    consents.setData(
      consents.data.map((doc) =>
        doc.kind === updated.kind
          ? { ...doc, status: updated.status, acceptedVersion: updated.acceptedVersion, acceptedAt: updated.acceptedAt }
          : doc,
      ),
    );
  }

  function reload() {
    setStale(true);
    consents.retry();
  }

  return (
    <div data-testid="consents">
      <h1 data-testid="consents-heading">{t('consent.heading')}</h1>
      <p className="lead">{t('consent.lead')}</p>
      {stale && (
        <Alert tone="info" testId="consent-stale" title={t('consent.stale.title')}>
          <p>{t('consent.stale.detail')}</p>
        </Alert>
      )}
      {consents.status === 'success' ? (
        <>
          {documents.length === 0 ? (
            <p className="muted">{t('consent.empty')}</p>
          ) : (
            <p className="step-label" data-testid="consent-progress">
              {t('consent.progress', { accepted, total: documents.length })}
            </p>
          )}
          {documents.map((doc) => (
            <ConsentCard key={doc.kind} document={doc} onChanged={changed} onStale={reload} />
          ))}
          <div aria-live="polite">
            {allAccepted && (
              <div className="section" data-testid="consents-complete">
                <Alert tone="info" title={t('consent.allDone.title')}>
                  <p>{t('consent.allDone.text')}</p>
                  <p>
                    <Link to="/member/screening" className="button button--primary" data-testid="go-to-screening">
                      {t('consent.goToScreening')}
                    </Link>
                  </p>
                </Alert>
              </div>
            )}
          </div>
        </>
      ) : (
        <QueryStatus state={consents} />
      )}
      <CrisisResources />
    </div>
  );
}
