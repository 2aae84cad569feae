import { useId, useState, type ReactNode } from 'react';
import { Alert, Button, ProblemAlert, QueryStatus } from '../../../components/ui';
import { isApiProblem, type ApiProblem } from '../../../lib/api-client';
import { useLocale, useT } from '../../../lib/i18n';
import { usePageTitle } from '../../../lib/page-title';
import { useApiQuery } from '../../../lib/use-api-query';
import {
  completeSession,
  fetchProviderAgenda,
  fetchTherapistReminders,
  type AgendaRange,
  type Outcome,
  type Session,
} from '../api/care-api';
import { formatDay, formatDateTimeIn, groupByDay, hasStarted, zoneLabel } from '../api/care-time';
import { PsychotherapistsOnly } from './PsychotherapistsOnly';
import { CancelSessionForm } from './CancelSessionForm';
import { kindName } from './care-text';
import { useJoin } from './JoinControl';
import { SessionFacts } from './SessionFacts';

const DAYS_AHEAD = 14;
const DAYS_BACK = 14;
type Range = 'upcoming' | 'past';
const AGENDA_RANGE: Record<Range, AgendaRange> = { upcoming: 'UPCOMING', past: 'PAST' };

/** The therapist's agenda: today and the next two weeks (or the past two), day by day in their own time zone. */
export function ProviderSessionsPage() {
  const t = useT();
  const { locale } = useLocale();
  usePageTitle(t('care.agenda.heading'));
  const [range, setRange] = useState<Range>('upcoming');
  const agenda = useApiQuery(`provider-agenda-${range}`, (signal) => fetchProviderAgenda(AGENDA_RANGE[range], signal));
  const zone = agenda.status === 'success' ? agenda.data.timeZone : null;

  let content;
  if (agenda.status === 'success') {
    const shown = agenda.data;
    content = (
      <Agenda
        sessions={shown.sessions}
        timeZone={shown.timeZone}
        range={range}
        onChanged={(session) =>
          agenda.setData({ ...shown, sessions: shown.sessions.map((old) => (old.id === session.id ? session : old)) })
        }
        onStale={agenda.retry}
      />
    );
  } else if (agenda.status === 'error' && agenda.problem.status === 403) {
    content = <PsychotherapistsOnly />;
  } else {
    content = <QueryStatus state={agenda} />;
  }

  return (
    <div data-testid="provider-sessions-page">
      <h1>{t('care.agenda.heading')}</h1>
      <p className="lead">{t('care.agenda.lead')}</p>
      {zone && (
        <>
          <p data-testid="agenda-time-zone">{t('care.agenda.zone', { zone: zoneLabel(zone, locale) })}</p>
          <ClosingWindows timeZone={zone} />
        </>
      )}
      <div className="actions">
        <Button
          variant="secondary"
          data-testid="toggle-past"
          aria-pressed={range === 'past'}
          onClick={() => setRange(range === 'past' ? 'upcoming' : 'past')}
        >
          {t('care.agenda.showPast', { days: DAYS_BACK })}
        </Button>
      </div>
      <h2 data-testid="agenda-range" data-range={range}>
        {range === 'upcoming'
          ? t('care.agenda.upcoming', { days: DAYS_AHEAD })
          : t('care.agenda.past', { days: DAYS_BACK })}
      </h2>
      {content}
    </div>
  );
}

/** Members whose integration window closes soon with nothing booked: the therapist may reach out in the portal. */
function ClosingWindows({ timeZone }: { timeZone: string }) {
  const t = useT();
  const { locale } = useLocale();
  const reminders = useApiQuery('therapist-reminders', fetchTherapistReminders);
  if (reminders.status !== 'success' || reminders.data.length === 0) return null;
  return (
    <Alert tone="info" testId="closing-windows" title={t('care.agenda.closing.title')}>
      <ul>
        {reminders.data.map((reminder) => (
          <li key={reminder.medicineSessionId} data-session-id={reminder.medicineSessionId}>
            {t('care.agenda.closing.item', {
              pseudonym: reminder.memberPseudonym,
              deadline: formatDateTimeIn(reminder.closesAt, locale, timeZone),
            })}
          </li>
        ))}
      </ul>
    </Alert>
  );
}

type AgendaProps = {
  sessions: Session[];
  timeZone: string;
  range: Range;
  onChanged: (session: Session) => void;
  onStale: () => void;
};

function Agenda({ sessions, timeZone, range, onChanged, onStale }: AgendaProps) {
  const t = useT();
  const { locale } = useLocale();
  const [cancelling, setCancelling] = useState<string | null>(null);
  const ordered = [...sessions].sort((a, b) =>
    range === 'past' ? b.startsAt.localeCompare(a.startsAt) : a.startsAt.localeCompare(b.startsAt),
  );
  if (ordered.length === 0) {
    return (
      <p className="muted" data-testid="agenda-empty">
        {t(range === 'upcoming' ? 'care.agenda.emptyUpcoming' : 'care.agenda.emptyPast')}
      </p>
    );
  }
  return (
    <div className="agenda" data-testid="agenda">
      {groupByDay(ordered, (session) => session.startsAt, timeZone).map(({ day, items }) => (
        <AgendaDay key={day} day={day} label={formatDay(day, locale)}>
          {items.map((session) => (
            <AgendaSession
              key={session.id}
              session={session}
              timeZone={timeZone}
              cancelling={cancelling === session.id}
              onCancelOpen={(open) => setCancelling(open ? session.id : null)}
              onChanged={(changed) => {
                setCancelling(null);
                onChanged(changed);
              }}
              onStale={onStale}
            />
          ))}
        </AgendaDay>
      ))}
    </div>
  );
}

function AgendaDay({ day, label, children }: { day: string; label: string; children: ReactNode }) {
  const headingId = useId();
  return (
    <section className="agenda__day" aria-labelledby={headingId} data-testid={`agenda-day-${day}`} data-day={day}>
      <h3 id={headingId}>{label}</h3>
      <ul className="session-list">{children}</ul>
    </section>
  );
}

type SessionProps = {
  session: Session;
  timeZone: string;
  cancelling: boolean;
  onCancelOpen: (open: boolean) => void;
  onChanged: (session: Session) => void;
  onStale: () => void;
};

function AgendaSession({ session, timeZone, cancelling, onCancelOpen, onChanged, onStale }: SessionProps) {
  const t = useT();
  const { locale } = useLocale();
  const join = useJoin(session, 'provider', timeZone);
  const [marking, setMarking] = useState<Outcome | null>(null);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const booked = session.status === 'BOOKED';
  const started = hasStarted(session.startsAt);
  const ended = hasStarted(session.endsAt);
  const when = formatDateTimeIn(session.startsAt, locale, timeZone);
  const which = `${kindName(t, session.kind)}, ${session.memberPseudonym}, ${when}`;

  async function mark(outcome: Outcome) {
    if (marking) return;
    setMarking(outcome);
    setProblem(null);
    try {
      onChanged(await completeSession(session.id, outcome));
    } catch (error) {
      if (!isApiProblem(error)) throw error;
      setProblem(error);
    } finally {
      setMarking(null);
    }
  }

  return (
    <li className="session" data-testid={`session-${session.id}`} data-status={session.status} data-kind={session.kind}>
      <SessionFacts session={session} audience="provider" timeZone={timeZone} timesOnly />
      {booked && (
        <div className="actions">
          {!ended && join.button}
          {started && (
            <>
              <Button
                data-testid={`complete-${session.id}`}
                busy={marking === 'COMPLETED'}
                disabled={marking !== null}
                aria-label={t('care.action.for', { action: t('care.agenda.completed'), session: which })}
                onClick={() => void mark('COMPLETED')}
              >
                {t('care.agenda.completed')}
              </Button>
              <Button
                variant="secondary"
                data-testid={`no-show-${session.id}`}
                busy={marking === 'NO_SHOW'}
                disabled={marking !== null}
                aria-label={t('care.action.for', { action: t('care.agenda.noShow'), session: which })}
                onClick={() => void mark('NO_SHOW')}
              >
                {t('care.agenda.noShow')}
              </Button>
            </>
          )}
          {!started && (
            <Button
              variant="secondary"
              data-testid={`cancel-${session.id}`}
              aria-expanded={cancelling}
              aria-label={t('care.action.for', { action: t('care.cancel.open'), session: which })}
              onClick={() => onCancelOpen(!cancelling)}
            >
              {t('care.cancel.open')}
            </Button>
          )}
        </div>
      )}
      {booked && !started && <p className="muted note">{t('care.agenda.rescheduleNote')}</p>}
      {join.feedback}
      {problem && <OutcomeProblem problem={problem} sessionId={session.id} onStale={onStale} />}
      {cancelling && (
        <CancelSessionForm
          session={session}
          audience="provider"
          timeZone={timeZone}
          onCancelled={onChanged}
          onClose={() => onCancelOpen(false)}
        />
      )}
    </li>
  );
}

function OutcomeProblem({ problem, sessionId, onStale }: { problem: ApiProblem; sessionId: string; onStale: () => void }) {
  const t = useT();
  if (problem.status === 409) {
    return (
      <Alert testId={`outcome-problem-${sessionId}`} problemType={problem.type} title={t('care.agenda.outcomeConflict.title')}>
        <p>{t('care.agenda.outcomeConflict.text')}</p>
        {problem.detail && <p className="muted">{problem.detail}</p>}
        <Button variant="secondary" onClick={onStale}>
          {t('care.agenda.reload')}
        </Button>
      </Alert>
    );
  }
  return <ProblemAlert problem={problem} testId={`outcome-problem-${sessionId}`} />;
}
