import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { configureApiClient } from '../../../lib/api-client';
import { calledPaths, fakeServer, json, problem } from '../../../test/fake-server';
import { renderApp } from '../../../test/render-app';
import type { Session } from '../api/care-api';
import { dayIn } from '../api/care-time';

beforeEach(() => configureApiClient({ onUnauthorized: () => {} }));

const therapist = { id: 'u1', role: 'PROVIDER', displayName: 'Elena Ruiz', employer: null };
const HOUR = 3_600_000;
const inHours = (hours: number) => new Date(Date.now() + hours * HOUR).toISOString().replace(/\.\d{3}Z$/, 'Z');
const zone = 'America/Los_Angeles';

function session(overrides: Partial<Session>): Session {
  return {
    id: 's1',
    kind: 'PREPARATION',
    status: 'BOOKED',
    startsAt: inHours(-0.5),
    endsAt: inHours(0.5),
    hours: 1,
    setting: null,
    sitterName: null,
    therapistName: 'Elena Ruiz',
    therapistTimeZone: zone,
    memberPseudonym: 'Blue Heron',
    memberTimeZone: 'America/New_York',
    cancelledBy: null,
    cancelReason: null,
    lateCancellation: false,
    integrationDeadline: null,
    ...overrides,
  };
}

const started = session({ id: 's1' });
const medicine = session({
  id: 's2',
  kind: 'MEDICINE',
  startsAt: inHours(50),
  endsAt: inHours(52.5),
  hours: 2.5,
  setting: 'HOME_WITH_SITTER',
  sitterName: 'Sam Rivera',
  memberPseudonym: 'Quiet Otter',
});

const upcomingPath = 'GET /api/care/provider/sessions?range=UPCOMING';
const pastPath = 'GET /api/care/provider/sessions?range=PAST';
/** The server's answer: the days are the therapist's, whatever the browser's own date. */
const agenda = (range: 'UPCOMING' | 'PAST', sessions: Session[]) =>
  json({ range, timeZone: zone, today: '2027-03-14', from: '2027-03-14', to: '2027-03-28', sessions });
const bodyOf = (init: RequestInit | undefined) => JSON.parse(String(init?.body)) as unknown;

describe('the therapist’s sessions', () => {
  it('lists the next two weeks by day in the therapist’s zone, and marks a started session completed', async () => {
    let sent: unknown;
    const fetchMock = fakeServer({
      'GET /api/identity/me': json(therapist),
      [upcomingPath]: agenda('UPCOMING', [medicine, started]),
      'POST /api/care/sessions/s1/complete': (init) => {
        sent = bodyOf(init);
        return json({ ...started, status: 'COMPLETED' });
      },
    });
    renderApp('/provider/sessions');

    const first = await screen.findByTestId('session-s1');
    expect(screen.getByTestId('agenda-time-zone')).toHaveTextContent('Pacific Time (America/Los_Angeles)');
    expect(screen.getByTestId(`agenda-day-${dayIn(started.startsAt, zone)}`)).toContainElement(first);
    expect(screen.getByTestId(`agenda-day-${dayIn(medicine.startsAt, zone)}`)).toContainElement(screen.getByTestId('session-s2'));
    expect(first).toHaveAttribute('data-status', 'BOOKED');
    expect(first).toHaveTextContent('Member: Blue Heron');
    expect(first).toHaveTextContent('Preparation · 60 minutes');
    expect(screen.getByTestId('session-when-s1')).toHaveTextContent(/P[SD]T/);

    const later = screen.getByTestId('session-s2');
    expect(later).toHaveTextContent('Medicine session · 150 minutes');
    expect(screen.getByTestId('session-setting-s2')).toHaveTextContent('At home, with a sober sitter: Sam Rivera');
    // Not started: no outcome yet, but join and cancel.
    expect(within(later).queryByTestId('complete-s2')).not.toBeInTheDocument();
    expect(within(later).queryByTestId('no-show-s2')).not.toBeInTheDocument();
    expect(within(later).getByTestId('join-s2')).toBeInTheDocument();
    expect(within(later).getByTestId('cancel-s2')).toBeInTheDocument();
    // Started: the outcome buttons, no cancelling.
    expect(within(first).queryByTestId('cancel-s1')).not.toBeInTheDocument();

    await userEvent.click(within(first).getByTestId('complete-s1'));
    await waitFor(() => expect(screen.getByTestId('session-s1')).toHaveAttribute('data-status', 'COMPLETED'));
    expect(sent).toEqual({ outcome: 'COMPLETED' });
    expect(screen.queryByTestId('complete-s1')).not.toBeInTheDocument();
    expect(screen.getByTestId('session-s1')).toHaveTextContent('Done');
    expect(calledPaths(fetchMock)).toContain('POST /api/care/sessions/s1/complete');
  });

  it('lists members whose integration window closes soon with nothing booked', async () => {
    fakeServer({
      'GET /api/identity/me': json(therapist),
      [upcomingPath]: agenda('UPCOMING', [medicine]),
      'GET /api/care/provider/reminders': json([
        { kind: 'INTEGRATION_WINDOW_CLOSING', at: inHours(-1), medicineSessionId: 'm1', memberPseudonym: 'Quiet Otter', closesAt: '2027-01-04T18:00:00Z' },
      ]),
    });
    renderApp('/provider/sessions');
    const closing = await screen.findByTestId('closing-windows');
    expect(closing).toHaveTextContent('Integration windows closing soon');
    expect(closing).toHaveTextContent('Quiet Otter has not booked integration yet; the window closes');
    expect(closing).toHaveTextContent('10:00');
  });

  it('records a no-show, and explains a 409 when the session cannot be marked', async () => {
    let reply = problem(409, 'conflict', 'Conflict', { detail: 'Session is not booked' });
    fakeServer({
      'GET /api/identity/me': json(therapist),
      [upcomingPath]: agenda('UPCOMING', [started]),
      'POST /api/care/sessions/s1/complete': () => reply,
    });
    renderApp('/provider/sessions');
    await userEvent.click(await screen.findByTestId('no-show-s1'));
    const alert = await screen.findByTestId('outcome-problem-s1');
    expect(alert).toHaveTextContent('This session cannot be marked now');
    expect(alert).toHaveTextContent('Session is not booked');

    reply = json({ ...started, status: 'NO_SHOW' });
    await userEvent.click(screen.getByTestId('no-show-s1'));
    await waitFor(() => expect(screen.getByTestId('session-s1')).toHaveAttribute('data-status', 'NO_SHOW'));
  });

  it('cancels a future session with a reason, and shows the past two weeks on request', async () => {
    let sent: unknown;
    const fetchMock = fakeServer({
      'GET /api/identity/me': json(therapist),
      [upcomingPath]: agenda('UPCOMING', [medicine]),
      [pastPath]: agenda('PAST', [session({ id: 's0', status: 'COMPLETED', startsAt: inHours(-72), endsAt: inHours(-71) })]),
      'POST /api/care/sessions/s2/cancel': (init) => {
        sent = bodyOf(init);
        return json({ ...medicine, status: 'CANCELLED', cancelledBy: 'PROVIDER', cancelReason: 'I am ill' });
      },
    });
    renderApp('/provider/sessions');
    await userEvent.click(await screen.findByTestId('cancel-s2'));
    expect(screen.getByRole('form', { name: /Cancel the Medicine session with Quiet Otter on/ })).toBeInTheDocument();
    expect(screen.queryByTestId('late-cancellation-warning')).not.toBeInTheDocument();
    await userEvent.type(screen.getByLabelText('Reason'), 'I am ill');
    await userEvent.click(screen.getByTestId('confirm-cancel-s2'));
    await waitFor(() => expect(screen.getByTestId('session-s2')).toHaveAttribute('data-status', 'CANCELLED'));
    expect(sent).toEqual({ reason: 'I am ill' });
    expect(screen.getByTestId('session-s2')).toHaveTextContent('Cancelled by you.');

    await userEvent.click(screen.getByTestId('toggle-past'));
    expect(await screen.findByTestId('session-s0')).toHaveAttribute('data-status', 'COMPLETED');
    expect(screen.getByTestId('toggle-past')).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByTestId('agenda-range')).toHaveTextContent('The past 14 days');
    expect(calledPaths(fetchMock)).toContain(pastPath);
  });
});
