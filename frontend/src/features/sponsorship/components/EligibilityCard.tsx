import { useRef, useState, type FormEvent } from 'react';
import { Alert, Button, Card, ChoiceGroup, DataTable, ProblemAlert } from '../../../components/ui';
import { isApiProblem, type ApiProblem } from '../../../lib/api-client';
import { formatDateTime, formatNumber, useLocale, useT } from '../../../lib/i18n';
import { rejectionOf, uploadEligibility } from '../api/programme-api';
import {
  UPLOAD_MODES,
  type EligibilityRejection,
  type EligibilityResult,
  type ProgrammeView,
  type RejectedLine,
  type UploadMode,
} from '../api/types';

const REASON_CODES = new Set([
  'MISSING_IDENTIFIER',
  'INVALID_EMAIL',
  'INVALID_IDENTIFIER',
  'INVALID_DATE_OF_BIRTH',
  'DUPLICATE',
  'TOO_MANY_COLUMNS',
  'LINE_TOO_LONG',
]);

type Outcome =
  | { kind: 'saved'; result: EligibilityResult }
  | { kind: 'rejected'; report: EligibilityRejection }
  | { kind: 'problem'; problem: ApiProblem };

type Props = { programme: ProgrammeView; onUploaded: () => void };

export function EligibilityCard({ programme, onUploaded }: Props) {
  const t = useT();
  const { locale } = useLocale();
  const { eligibleTotal, lastUpload } = programme.eligibility;
  return (
    <Card title={t('sponsorship.eligibility.heading')} testId="eligibility">
      <p>{t('sponsorship.eligibility.intro')}</p>
      <dl className="facts">
        <dt>{t('sponsorship.eligibility.total')}</dt>
        <dd data-testid="eligible-total">{formatNumber(eligibleTotal, locale)}</dd>
        <dt>{t('sponsorship.eligibility.lastUpload')}</dt>
        <dd>
          {lastUpload
            ? t('sponsorship.eligibility.lastUploadText', {
                when: formatDateTime(lastUpload.uploadedAt, locale),
                who: lastUpload.uploadedBy,
                mode: t(`sponsorship.eligibility.mode.${lastUpload.mode}`),
                rows: formatNumber(lastUpload.rowsAccepted, locale),
              })
            : t('sponsorship.eligibility.never')}
        </dd>
      </dl>
      {programme.status === 'CLOSED' ? (
        <p className="muted">{t('sponsorship.eligibility.closed')}</p>
      ) : (
        <EligibilityUploadForm programmeId={programme.id} onUploaded={onUploaded} />
      )}
    </Card>
  );
}

function EligibilityUploadForm({ programmeId, onUploaded }: { programmeId: string; onUploaded: () => void }) {
  const t = useT();
  const [file, setFile] = useState<File | null>(null);
  const [mode, setMode] = useState<UploadMode>('REPLACE');
  const [fileError, setFileError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    setOutcome(null);
    if (!file) {
      setFileError('sponsorship.eligibility.file.required');
      fileInput.current?.focus();
      return;
    }
    setBusy(true);
    try {
      const result = await uploadEligibility(programmeId, file, mode);
      setOutcome({ kind: 'saved', result });
      onUploaded();
    } catch (error) {
      if (!isApiProblem(error)) throw error;
      const report = rejectionOf(error);
      setOutcome(report ? { kind: 'rejected', report } : { kind: 'problem', problem: error });
    } finally {
      setBusy(false);
    }
  }

  const hintId = 'eligibility-file-hint';
  const errorId = fileError ? 'eligibility-file-error' : undefined;

  return (
    <form className="form" noValidate onSubmit={handleSubmit} data-testid="eligibility-form">
      <h3>{t('sponsorship.eligibility.upload.heading')}</h3>
      <div className={fileError ? 'field field--invalid' : 'field'}>
        <label htmlFor="eligibility-file" className="field__label">
          {t('sponsorship.eligibility.file.label')}
        </label>
        <p id={hintId} className="field__hint">
          {t('sponsorship.eligibility.file.hint')}
        </p>
        <input
          ref={fileInput}
          id="eligibility-file"
          name="eligibility-file"
          type="file"
          accept=".csv,text/csv"
          className="field__input"
          aria-invalid={fileError ? true : undefined}
          aria-describedby={[hintId, errorId].filter(Boolean).join(' ')}
          onChange={(event) => {
            setFile(event.target.files?.[0] ?? null);
            setFileError(null);
          }}
        />
        {fileError && (
          <p id={errorId} className="field__error">
            {t(fileError)}
          </p>
        )}
      </div>
      <ChoiceGroup
        id="eligibility-mode"
        type="radio"
        legend={t('sponsorship.eligibility.mode.legend')}
        choices={UPLOAD_MODES.map((value) => ({
          value,
          label: t(`sponsorship.eligibility.mode.${value}`),
          description: t(`sponsorship.eligibility.mode.${value}.description`),
        }))}
        selected={[mode]}
        onSelectedChange={([value]) => setMode(value === 'APPEND' ? 'APPEND' : 'REPLACE')}
      />
      <p className="muted note">{t('sponsorship.eligibility.privacy')}</p>
      <Button type="submit" data-testid="upload-eligibility" busy={busy}>
        {busy ? t('sponsorship.eligibility.uploading') : t('sponsorship.eligibility.upload')}
      </Button>
      {outcome?.kind === 'saved' && <UploadResult result={outcome.result} />}
      {outcome?.kind === 'rejected' && <RejectionReport report={outcome.report} />}
      {outcome?.kind === 'problem' &&
        (outcome.problem.status === 400 ? (
          <ProblemAlert
            problem={outcome.problem}
            testId="eligibility-problem"
            title={t('sponsorship.eligibility.unreadable')}
            detail={outcome.problem.detail ?? outcome.problem.title}
          />
        ) : (
          <ProblemAlert problem={outcome.problem} testId="eligibility-problem" />
        ))}
    </form>
  );
}

function UploadResult({ result }: { result: EligibilityResult }) {
  const t = useT();
  const { locale } = useLocale();
  return (
    <Alert tone="info" testId="eligibility-result" title={t('sponsorship.eligibility.saved')}>
      <p>
        {t('sponsorship.eligibility.savedDetail', {
          rows: formatNumber(result.rowsAccepted, locale),
          total: formatNumber(result.eligibleTotal, locale),
        })}
      </p>
    </Alert>
  );
}

function RejectionReport({ report }: { report: EligibilityRejection }) {
  const t = useT();
  const { locale } = useLocale();
  const reason = (line: RejectedLine) =>
    REASON_CODES.has(line.code) ? t(`sponsorship.eligibility.reason.${line.code}`) : line.message || line.code;
  return (
    <section className="report" data-testid="eligibility-report" aria-labelledby="eligibility-report-title">
      <Alert title={t('sponsorship.eligibility.rejected.title')}>
        <p id="eligibility-report-title">{t('sponsorship.eligibility.rejected.nothingSaved')}</p>
        <p>
          {t('sponsorship.eligibility.rejected.counts', {
            rejected: formatNumber(report.rowsRejected, locale),
            accepted: formatNumber(report.rowsAccepted, locale),
          })}
        </p>
        {report.rowsRejected > report.rejectedLines.length && (
          <p>{t('sponsorship.eligibility.rejected.firstOnly', { shown: formatNumber(report.rejectedLines.length, locale) })}</p>
        )}
      </Alert>
      <DataTable
        caption={t('sponsorship.eligibility.rejected.caption')}
        rows={report.rejectedLines}
        rowKey={(line) => `${line.line}-${line.code}`}
        rowData={(line) => ({ 'data-line': String(line.line), 'data-code': line.code })}
        emptyText={report.detail ?? t('sponsorship.eligibility.rejected.noLines')}
        columns={[
          { header: t('sponsorship.eligibility.rejected.line'), cell: (line) => String(line.line) },
          { header: t('sponsorship.eligibility.rejected.reason'), cell: reason },
        ]}
      />
    </section>
  );
}
