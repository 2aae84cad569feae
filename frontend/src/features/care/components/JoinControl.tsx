import { useState, type ReactNode } from 'react';
import { Alert, Button, ProblemAlert } from '../../../components/ui';
import { isApiProblem, type ApiProblem } from '../../../lib/api-client';
import { useLocale, useT } from '../../../lib/i18n';
import { JOIN_OPENS_MINUTES, joinSession, type Session } from '../api/care-api';
import { formatDateTimeIn } from '../api/care-time';
import { kindName } from './care-text';

type Audience = 'member' | 'provider';

/**
 * "Join": asks the server for the session room (it checks the licence and the time) and opens it in
 * a new tab. Returns the button and, separately, what to show under the row (the link, a problem).
 */
export function useJoin(session: Session, audience: Audience, timeZone: string): { button: ReactNode; feedback: ReactNode } {
  const t = useT();
  const [busy, setBusy] = useState(false);
  const [url, setUrl] = useState<string | null>(null);
  const [problem, setProblem] = useState<ApiProblem | null>(null);

  async function join() {
    if (busy) return;
    setBusy(true);
    setProblem(null);
    try {
      const room = await joinSession(session.id);
      setUrl(room.url);
      window.open(room.url, '_blank', 'noopener,noreferrer');
    } catch (error) {
      if (!isApiProblem(error)) throw error;
      setProblem(error);
    } finally {
      setBusy(false);
    }
  }

  const button = (
    <Button
      data-testid={`join-${session.id}`}
      busy={busy}
      aria-label={t('care.join.label', { kind: kindName(t, session.kind) })}
      onClick={() => void join()}
    >
      {busy ? t('care.join.opening') : t('care.join')}
    </Button>
  );

  const feedback = (
    <>
      {url && (
        <p className="note" role="status" data-testid={`join-ready-${session.id}`}>
          {t('care.join.opened')}{' '}
          <a href={url} target="_blank" rel="noopener noreferrer" data-testid={`join-link-${session.id}`}>
            {t('care.join.link')}
          </a>
        </p>
      )}
      {problem && <JoinProblem problem={problem} session={session} audience={audience} timeZone={timeZone} />}
    </>
  );
  return { button, feedback };
}

type JoinProblemProps = { problem: ApiProblem; session: Session; audience: Audience; timeZone: string };

function JoinProblem({ problem, session, audience, timeZone }: JoinProblemProps) {
  const t = useT();
  const { locale } = useLocale();
  const testId = `join-problem-${session.id}`;
  if (problem.slug === 'not-open-yet') {
    const sent = problem.extensions.opensAt;
    const opensAt =
      typeof sent === 'string' ? sent : new Date(Date.parse(session.startsAt) - JOIN_OPENS_MINUTES * 60_000).toISOString();
    return (
      <Alert tone="info" testId={testId} problemType={problem.type} title={t('care.join.notOpen.title')}>
        <p>
          {t('care.join.notOpen.text', { minutes: JOIN_OPENS_MINUTES, time: formatDateTimeIn(opensAt, locale, timeZone) })}
        </p>
      </Alert>
    );
  }
  if (problem.slug === 'licence-not-valid') {
    return (
      <Alert testId={testId} problemType={problem.type} title={t(`care.join.licence.${audience}.title`)}>
        <p>{t(`care.join.licence.${audience}.text`)}</p>
        {problem.detail && <p className="muted">{problem.detail}</p>}
      </Alert>
    );
  }
  if (problem.status === 404) {
    return <ProblemAlert problem={problem} testId={testId} title={t('care.join.notFound')} />;
  }
  return <ProblemAlert problem={problem} testId={testId} />;
}
