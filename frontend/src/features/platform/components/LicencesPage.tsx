import { useState } from 'react';
import { Link } from 'react-router-dom';
import { Button, DataTable, ProblemAlert, QueryStatus } from '../../../components/ui';
import { isApiProblem, type ApiProblem } from '../../../lib/api-client';
import { formatCalendarDate, formatDateTime, useLocale, useT } from '../../../lib/i18n';
import { usePageTitle } from '../../../lib/page-title';
import { useApiQuery } from '../../../lib/use-api-query';
import {
  fetchExpiringLicences,
  fetchPendingLicences,
  verifyLicence,
  type LicenceReview,
} from '../api/licences-api';
import { RejectLicenceForm } from './RejectLicenceForm';

export function LicencesPage() {
  const t = useT();
  usePageTitle(t('platform.licences.heading'));
  return (
    <>
      <p className="breadcrumb">
        <Link to="/admin">{t('platform.backToHome')}</Link>
      </p>
      <h1>{t('platform.licences.heading')}</h1>
      <p className="lead">{t('platform.licences.intro')}</p>
      <PendingLicences />
      <ExpiringLicences />
    </>
  );
}

function PendingLicences() {
  const t = useT();
  const { locale } = useLocale();
  const pending = useApiQuery('licences-pending', fetchPendingLicences);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);
  const [rejecting, setRejecting] = useState<LicenceReview | null>(null);
  const [done, setDone] = useState<string | null>(null);

  function remove(id: string) {
    if (pending.status === 'success') pending.setData(pending.data.filter((licence) => licence.id !== id));
  }

  async function verify(licence: LicenceReview) {
    setProblem(null);
    setDone(null);
    setBusyId(licence.id);
    try {
      await verifyLicence(licence.id);
      remove(licence.id);
      if (rejecting?.id === licence.id) setRejecting(null);
      setDone(t('platform.licences.verifiedDone', { number: licence.number, name: licence.providerName }));
    } catch (error) {
      if (!isApiProblem(error)) throw error;
      setProblem(error);
    } finally {
      setBusyId(null);
    }
  }

  return (
    <section className="section" aria-labelledby="pending-licences-heading" data-testid="pending-licences">
      <h2 id="pending-licences-heading">{t('platform.licences.pending.heading')}</h2>
      {done && (
        <p role="status" className="note" data-testid="licence-review-done">
          {done}
        </p>
      )}
      {problem && <ProblemAlert problem={problem} testId="licence-review-problem" />}
      {pending.status !== 'success' ? (
        <QueryStatus state={pending} />
      ) : (
        <>
          <DataTable
            caption={t('platform.licences.pending.caption')}
            rows={pending.data}
            rowKey={(licence) => licence.id}
            rowData={(licence) => ({ 'data-licence-id': licence.id })}
            emptyText={t('platform.licences.pending.empty')}
            columns={[
              { header: t('platform.licences.provider'), cell: (l) => <ProviderCell licence={l} /> },
              { header: t('platform.licences.state'), cell: (l) => l.state },
              { header: t('platform.licences.type'), cell: (l) => l.licenceType },
              { header: t('platform.licences.number'), cell: (l) => l.number },
              { header: t('platform.licences.issued'), cell: (l) => formatCalendarDate(l.issuedOn, locale) },
              { header: t('platform.licences.expires'), cell: (l) => formatCalendarDate(l.expiresOn, locale) },
              {
                header: t('platform.licences.actions'),
                cell: (l) => (
                  <div className="actions actions--tight">
                    <Button
                      data-testid={`verify-licence-${l.id}`}
                      busy={busyId === l.id}
                      aria-label={t('platform.licences.verifyLabel', { number: l.number, name: l.providerName })}
                      onClick={() => verify(l)}
                    >
                      {t('platform.licences.verify')}
                    </Button>
                    <Button
                      variant="secondary"
                      data-testid={`reject-licence-${l.id}`}
                      disabled={busyId === l.id}
                      aria-label={t('platform.licences.rejectLabel', { number: l.number, name: l.providerName })}
                      aria-expanded={rejecting?.id === l.id}
                      onClick={() => {
                        setDone(null);
                        setProblem(null);
                        setRejecting(l);
                      }}
                    >
                      {t('platform.licences.reject')}
                    </Button>
                  </div>
                ),
              },
            ]}
          />
          {rejecting && (
            <RejectLicenceForm
              key={rejecting.id}
              licence={rejecting}
              onCancel={() => setRejecting(null)}
              onRejected={(licence) => {
                remove(licence.id);
                setRejecting(null);
                setDone(t('platform.licences.rejectedDone', { number: rejecting.number, name: rejecting.providerName }));
              }}
            />
          )}
        </>
      )}
    </section>
  );
}

function ExpiringLicences() {
  const t = useT();
  const { locale } = useLocale();
  const expiring = useApiQuery('licences-expiring', fetchExpiringLicences);
  return (
    <section className="section" aria-labelledby="expiring-licences-heading">
      <h2 id="expiring-licences-heading">{t('platform.licences.expiring.heading')}</h2>
      <p className="muted">{t('platform.licences.expiring.why')}</p>
      {expiring.status !== 'success' ? (
        <QueryStatus state={expiring} />
      ) : (
        <DataTable
          testId="expiring-licences"
          caption={t('platform.licences.expiring.caption')}
          rows={expiring.data}
          rowKey={(licence) => licence.id}
          rowData={(licence) => ({ 'data-licence-id': licence.id })}
          emptyText={t('platform.licences.expiring.empty')}
          columns={[
            { header: t('platform.licences.provider'), cell: (l) => <ProviderCell licence={l} /> },
            { header: t('platform.licences.state'), cell: (l) => l.state },
            { header: t('platform.licences.type'), cell: (l) => l.licenceType },
            { header: t('platform.licences.number'), cell: (l) => l.number },
            { header: t('platform.licences.expires'), cell: (l) => formatCalendarDate(l.expiresOn, locale) },
            {
              header: t('platform.licences.verifiedBy'),
              cell: (l) =>
                l.verifiedBy
                  ? l.verifiedAt
                    ? t('platform.licences.verifiedByOn', { name: l.verifiedBy, when: formatDateTime(l.verifiedAt, locale) })
                    : l.verifiedBy
                  : '—',
            },
          ]}
        />
      )}
    </section>
  );
}

function ProviderCell({ licence }: { licence: LicenceReview }) {
  const t = useT();
  return (
    <>
      {licence.providerName}
      <span className="cell__sub">{t(`platform.providerKind.${licence.kind}`)}</span>
    </>
  );
}
