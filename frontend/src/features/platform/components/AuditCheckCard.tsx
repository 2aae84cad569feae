import { useState } from 'react';
import { Alert, Button, Card, ProblemAlert } from '../../../components/ui';
import { isApiProblem, type ApiProblem } from '../../../lib/api-client';
import { formatNumber, useLocale, useT } from '../../../lib/i18n';
import { verifyAuditChain, type AuditVerification } from '../api/audit-api';

/** Lets the operator ask the server to walk the audit log's hash chain, and says what it found. */
export function AuditCheckCard() {
  const t = useT();
  const { locale } = useLocale();
  const [result, setResult] = useState<AuditVerification | null>(null);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [checking, setChecking] = useState(false);

  async function check() {
    if (checking) return;
    setResult(null);
    setProblem(null);
    setChecking(true);
    try {
      setResult(await verifyAuditChain());
    } catch (failure) {
      if (!isApiProblem(failure)) throw failure;
      setProblem(failure);
    } finally {
      setChecking(false);
    }
  }

  return (
    <Card title={t('platform.audit.heading')} testId="audit-log">
      <p>{t('platform.audit.intro')}</p>
      <div className="actions">
        <Button variant="secondary" data-testid="verify-audit" busy={checking} onClick={check}>
          {t('platform.audit.verify')}
        </Button>
      </div>
      {problem && <ProblemAlert problem={problem} testId="audit-problem" />}
      <div aria-live="polite">
        {result?.intact && (
          <p className="status-message" data-testid="audit-result">
            {t('platform.audit.intact', { records: formatNumber(result.records, locale) })}
          </p>
        )}
      </div>
      {result && !result.intact && (
        <Alert testId="audit-result">
          <p>
            {result.firstBrokenId === null
              ? t('platform.audit.brokenUnknown')
              : t('platform.audit.broken', { firstBrokenId: result.firstBrokenId })}
          </p>
        </Alert>
      )}
    </Card>
  );
}
