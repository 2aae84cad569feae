import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { configureApiClient } from '../../../lib/api-client';
import { LOCALE_STORAGE_KEY } from '../../../lib/i18n';
import { calledPaths, fakeServer, json, problem } from '../../../test/fake-server';
import { renderApp } from '../../../test/render-app';
import type { CarePlan, Session, Slots } from '../api/care-api';

beforeEach(() => configureApiClient({ onUnauthorized: () => {} }));

const member = { id: 'm1', role: 'MEMBER', displayName: 'Quiet Heron', employer: null };
const HOUR = 3_600_000;
/** An instant `hours` from now, as the API writes it (no milliseconds). */
const inHours = (hours: number) => new Date(Date.now() + hours * HOUR).toISOString().replace(/\.\d{3}Z$/, 'Z');

function session(overrides: Partial<Session> = {}): Session {
  return {
    id: 's1',
    kind: 'PREPARATION',
    status: 'BOOKED',
    startsAt: '2027-03-15T16:00:00Z',
    endsAt: '2027-03-15T17:00:00Z',
    hours: 1,
    setting: null,
    sitterName: null,
    therapistName: 'Elena Ruiz',
    therapistTimeZone: 'America/Los_Angeles',
    memberPseudonym: 'Quiet Heron',
    memberTimeZone: 'America/Los_Angeles',
    cancelledBy: null,
    cancelReason: null,
    lateCancellation: false,
    integrationDeadline: null,
    ...overrides,
  };
}

const ready: CarePlan = {
  status: 'READY',
  therapist: { id: 't1', displayName: 'Elena Ruiz', timeZone: 'America/Los_Angeles' },
  memberTimeZone: 'America/Los_Angeles',
  setting: 'HOME_WITH_SITTER',
  packageHours: 8,
  hoursBooked: 0,
  hoursCompleted: 0,
  hoursRemaining: 8,
  nextStep: 'PREPARATION',
  integrationWindow: null,
  sessions: [],
  followUps: [
    { id: 'f1', timepoint: 'END_OF_TREATMENT', dueAt: '2027-05-01T16:00:00Z', completedAt: null, remaining: ['PHQ9', 'GAD7', 'PCL5'] },
    { id: 'f2', timepoint: 'MONTH_3', dueAt: '2027-08-01T16:00:00Z', completedAt: null, remaining: ['PHQ9', 'GAD7', 'PCL5'] },
    { id: 'f3', timepoint: 'MONTH_6', dueAt: '2027-11-01T16:00:00Z', completedAt: null, remaining: ['PHQ9', 'GAD7', 'PCL5'] },
  ],
  reminders: [],
  policy: { minimumNoticeHours: 24, lateCancellationHours: 24 },
};

/** Pacific time changes to daylight saving on Sunday 14 March 2027 at 2:00 (10:00 UTC). */
const dstSlots: Slots = {
  kind: 'PREPARATION',
  durationMinutes: 60,
  slots: [
    '2027-03-13T17:00:00Z', // Saturday 9:00 AM PST
    '2027-03-14T07:30:00Z', // still Saturday, 11:30 PM PST, though it is the 14th in UTC
    '2027-03-14T16:00:00Z', // Sunday 9:00 AM PDT
    '2027-03-15T06:30:00Z', // Sunday 11:30 PM PDT, the 15th in UTC
  ],
  windowClosesAt: null,
};

const bodyOf = (init: RequestInit | undefined) => JSON.parse(String(init?.body)) as Record<string, unknown>;
const slotsPath = (kind: string) => `GET /api/care/me/slots?kind=${kind}`;

function openCare(plan: CarePlan | ((call: number) => CarePlan), routes: Parameters<typeof fakeServer>[0] = {}) {
  let calls = 0;
  const fetchMock = fakeServer({
    'GET /api/identity/me': json(member),
    'GET /api/care/me': () => json(typeof plan === 'function' ? plan(calls++) : plan),
    ...routes,
  });
  renderApp('/member/care');
  return fetchMock;
}

describe('my care: before a therapist accepted', () => {
  it('says kindly that booking comes later, with a link to the therapist page, and loads no slots', async () => {
    const fetchMock = openCare({ ...ready, status: 'NO_THERAPIST', therapist: null, nextStep: 'NONE' });
    const note = await screen.findByTestId('care-no-therapist');
    expect(note).toHaveTextContent('You can book sessions as soon as a therapist has accepted your referral.');
    expect(within(note).getByRole('link', { name: 'See where your referral stands' })).toHaveAttribute('href', '/member/therapist');
    expect(screen.queryByTestId('care-timeline')).not.toBeInTheDocument();
    expect(calledPaths(fetchMock).some((path) => path.startsWith('GET /api/care/me/slots'))).toBe(false);
    expect(screen.getByTestId('crisis-resources')).toBeInTheDocument();
  });
});

describe('my care: after care ended', () => {
  it('says care ended, explains the cancelled session without the server’s English reason, and offers nothing to book', async () => {
    const cancelled: Session = {
      ...session({ id: 's9', startsAt: '2027-04-02T16:00:00Z', endsAt: '2027-04-02T17:00:00Z' }),
      status: 'CANCELLED',
      cancelledBy: 'PORTAL',
      cancelReason: 'Care under this referral has ended.',
    };
    const fetchMock = openCare({
      ...ready,
      status: 'ENDED',
      therapist: null,
      nextStep: 'NONE',
      sessions: [cancelled],
      reminders: [{ kind: 'SESSION_CANCELLED_CARE_ENDED', at: '2027-04-01T10:00:00Z', sessionId: 's9' }],
    });
    const ended = await screen.findByTestId('care-ended');
    expect(ended).toHaveTextContent('Your care through this benefit has ended, so there is nothing to book.');
    const reminder = within(ended).getByTestId('care-reminder');
    expect(reminder).toHaveAttribute('data-kind', 'SESSION_CANCELLED_CARE_ENDED');
    expect(reminder).toHaveTextContent('A session was cancelled');
    expect(reminder).toHaveTextContent(/Your session on .*Apr.* 2, 2027.* was cancelled because your care through this benefit ended\./);
    expect(screen.queryByTestId('booking-panel')).not.toBeInTheDocument();
    expect(calledPaths(fetchMock).some((path) => path.startsWith('GET /api/care/me/slots'))).toBe(false);
  });
});

describe('my care: booking', () => {
  it('groups free times by the member’s own day across the change to daylight saving, then books one', async () => {
    const booked = session({ id: 's9', startsAt: '2027-03-14T16:00:00Z', endsAt: '2027-03-14T17:00:00Z' });
    let sent: Record<string, unknown> | undefined;
    const fetchMock = openCare(
      (call) => (call === 0 ? ready : { ...ready, sessions: [booked], hoursBooked: 1, hoursRemaining: 7, nextStep: 'MEDICINE' }),
      {
        [slotsPath('PREPARATION')]: json(dstSlots),
        [slotsPath('MEDICINE')]: json({ ...dstSlots, kind: 'MEDICINE', durationMinutes: 150, slots: [] }),
        'POST /api/care/me/sessions': (init) => {
          sent = bodyOf(init);
          return json(booked, 201);
        },
      },
    );

    const saturday = await screen.findByTestId('slot-day-2027-03-13');
    const sunday = screen.getByTestId('slot-day-2027-03-14');
    expect(within(saturday).getByRole('heading')).toHaveTextContent('Saturday, March 13, 2027');
    expect(within(sunday).getByRole('heading')).toHaveTextContent('Sunday, March 14, 2027');
    expect(within(saturday).getByTestId('slot-2027-03-13T17:00:00Z')).toHaveTextContent('9:00 AM PST');
    expect(within(saturday).getByTestId('slot-2027-03-14T07:30:00Z')).toHaveTextContent('11:30 PM PST');
    expect(within(sunday).getByTestId('slot-2027-03-14T16:00:00Z')).toHaveTextContent('9:00 AM PDT');
    expect(within(sunday).getByTestId('slot-2027-03-15T06:30:00Z')).toHaveTextContent('11:30 PM PDT');
    expect(screen.queryByTestId('slot-day-2027-03-15')).not.toBeInTheDocument();
    expect(screen.getByTestId('slot-2027-03-14T16:00:00Z')).toHaveAccessibleName('Sun, Mar 14, 2027, 9:00 AM PDT');
    expect(screen.getByTestId('slot-zone')).toHaveTextContent('Times in Pacific Time (America/Los_Angeles).');
    expect(screen.getByTestId('care-time-zone')).toHaveTextContent('Pacific Time (America/Los_Angeles)');

    // The policy is there before anything is booked; preparation needs no sitter.
    const policy = screen.getByTestId('cancellation-policy');
    expect(policy).toHaveTextContent('Sessions are booked at least 24 hours ahead.');
    expect(policy).toHaveTextContent('If you cancel less than 24 hours before the start, the session’s hours count as used.');
    expect(screen.queryByTestId('sitter-fields')).not.toBeInTheDocument();
    expect(screen.getByTestId('hours-remaining')).toHaveTextContent('8 of 8 hours left');

    await userEvent.click(screen.getByTestId('book-session'));
    expect(document.getElementById('booking-slots-error')).toHaveTextContent('Choose a time for your session.');
    expect(calledPaths(fetchMock)).not.toContain('POST /api/care/me/sessions');

    await userEvent.click(screen.getByTestId('slot-2027-03-14T16:00:00Z'));
    expect(screen.getByTestId('slot-2027-03-14T16:00:00Z')).toHaveAttribute('aria-pressed', 'true');
    await userEvent.click(screen.getByTestId('book-session'));

    expect(await screen.findByTestId('care-notice')).toHaveTextContent('Booked: Preparation on Sun, Mar 14, 2027, 9:00 AM PDT.');
    expect(sent).toEqual({ kind: 'PREPARATION', startsAt: '2027-03-14T16:00:00Z' });
    const item = screen.getByTestId('session-s9');
    expect(item).toHaveAttribute('data-status', 'BOOKED');
    expect(item).toHaveTextContent('With Elena Ruiz');
    expect(within(item).getByTestId('session-when-s9')).toHaveTextContent('Sun, Mar 14, 2027, 9:00 – 10:00 AM PDT');
    await waitFor(() => expect(screen.getByTestId('hours-remaining')).toHaveTextContent('7 of 8 hours left'));
    await waitFor(() => expect(screen.getByTestId('booking-panel')).toHaveAttribute('data-kind', 'MEDICINE'));
  });

  it('groups the same instants by the member’s day in New York', async () => {
    openCare({ ...ready, memberTimeZone: 'America/New_York' }, { [slotsPath('PREPARATION')]: json(dstSlots) });
    const sunday = await screen.findByTestId('slot-day-2027-03-14');
    // 07:30 UTC is 3:30 AM on Sunday in New York (daylight saving began at 2:00), not Saturday night.
    expect(within(sunday).getByTestId('slot-2027-03-14T07:30:00Z')).toHaveTextContent('3:30 AM EDT');
    expect(within(screen.getByTestId('slot-day-2027-03-13')).getByTestId('slot-2027-03-13T17:00:00Z')).toHaveTextContent(
      '12:00 PM EST',
    );
    expect(screen.getByTestId('slot-day-2027-03-15')).toContainElement(screen.getByTestId('slot-2027-03-15T06:30:00Z'));
  });

  it('requires the sitter’s name and the sober-sitter promise for a medicine session at home', async () => {
    let sent: Record<string, unknown> | undefined;
    const fetchMock = openCare(
      { ...ready, nextStep: 'MEDICINE', sessions: [session({ status: 'COMPLETED' })], hoursCompleted: 1, hoursRemaining: 7 },
      {
        [slotsPath('MEDICINE')]: json({ ...dstSlots, kind: 'MEDICINE', durationMinutes: 150 }),
        'POST /api/care/me/sessions': (init) => {
          sent = bodyOf(init);
          return problem(400, 'validation', 'Invalid request', {
            errors: [{ field: 'sitterAttested', message: 'Confirm your sitter will be sober and present' }],
          });
        },
      },
    );
    const panel = await screen.findByTestId('booking-panel');
    expect(panel).toHaveAttribute('data-kind', 'MEDICINE');
    expect(within(panel).getByRole('heading', { level: 2 })).toHaveTextContent('Book your medicine session');
    const name = screen.getByLabelText('Your sitter’s name');
    const promise = screen.getByLabelText('My sitter will be sober and present for the whole session');
    expect(name).toHaveAttribute('name', 'sitterName');
    expect(promise).toHaveAttribute('name', 'sitterAttested');
    expect(promise).toHaveAttribute('type', 'checkbox');
    expect(screen.queryByTestId('office-setting-note')).not.toBeInTheDocument();
    expect(screen.getByTestId('booking-hours')).toHaveTextContent('This session uses 2.5 hours; you have 7 hours left.');

    await userEvent.click(await screen.findByTestId('slot-2027-03-15T06:30:00Z'));
    await userEvent.click(screen.getByTestId('book-session'));
    expect(document.getElementById('sitter-name-error')).toHaveTextContent('Enter your sitter’s name.');
    expect(document.getElementById('sitter-attested-error')).toHaveTextContent(
      'Please confirm that your sitter will be sober and present.',
    );
    expect(name).toHaveFocus();
    expect(calledPaths(fetchMock)).not.toContain('POST /api/care/me/sessions');

    await userEvent.type(name, '  Sam Rivera ');
    await userEvent.click(promise);
    expect(document.getElementById('sitter-attested-error')).not.toBeInTheDocument();
    await userEvent.click(screen.getByTestId('book-session'));
    expect(sent).toEqual({ kind: 'MEDICINE', startsAt: '2027-03-15T06:30:00Z', sitterName: 'Sam Rivera', sitterAttested: true });
    // The server's own message lands under the checkbox.
    await waitFor(() =>
      expect(document.getElementById('sitter-attested-error')).toHaveTextContent('Confirm your sitter will be sober and present'),
    );
    expect(promise).toHaveFocus();
  });

  it('explains that an office medicine session happens in the office, without sitter fields', async () => {
    openCare(
      { ...ready, setting: 'OFFICE_MONITORED', nextStep: 'MEDICINE_OR_DONE' },
      { [slotsPath('MEDICINE')]: json({ ...dstSlots, kind: 'MEDICINE', durationMinutes: 150 }) },
    );
    expect(await screen.findByTestId('office-setting-note')).toHaveTextContent('takes place in the office, where staff monitor you');
    expect(screen.queryByTestId('sitter-fields')).not.toBeInTheDocument();
    expect(screen.getByTestId('booking-panel')).toHaveTextContent('Book another medicine session (optional)');
    expect(screen.getByTestId('booking-another-note')).toHaveTextContent('your sessions are complete and your follow-ups come next');
  });

  it('says plainly when the package has too few hours, and shows what is left', async () => {
    openCare(
      { ...ready, setting: 'OFFICE_MONITORED', nextStep: 'MEDICINE_OR_DONE', packageHours: 8, hoursCompleted: 6.5, hoursRemaining: 1.5 },
      {
        [slotsPath('MEDICINE')]: json({ ...dstSlots, kind: 'MEDICINE', durationMinutes: 150 }),
        'POST /api/care/me/sessions': problem(409, 'package-exhausted', 'Package exhausted', {
          detail: '1.5 hours remain in the package; a medicine session needs 2.5.',
        }),
      },
    );
    expect(await screen.findByTestId('hours-remaining')).toHaveTextContent('1.5 of 8 hours left');
    expect(screen.getByTestId('booking-hours-short')).toHaveTextContent('Your package may not have enough hours left');
    await userEvent.click(await screen.findByTestId('slot-2027-03-13T17:00:00Z'));
    await userEvent.click(screen.getByTestId('book-session'));

    const alert = await screen.findByTestId('booking-problem');
    expect(alert).toHaveAttribute('role', 'alert');
    expect(alert).toHaveAttribute('data-problem-type', '/problems/package-exhausted');
    expect(alert).toHaveTextContent('Your package does not have enough hours left');
    expect(alert).toHaveTextContent('1.5 hours remain in the package; a medicine session needs 2.5.');
    expect(alert).toHaveTextContent('Nothing was booked.');
    expect(screen.queryByTestId('care-notice')).not.toBeInTheDocument();
  });

  it('loads the free times again when someone else took the chosen one', async () => {
    let slotCalls = 0;
    openCare(ready, {
      [slotsPath('PREPARATION')]: () => {
        slotCalls += 1;
        return json(slotCalls === 1 ? dstSlots : { ...dstSlots, slots: ['2027-03-13T17:00:00Z'] });
      },
      'POST /api/care/me/sessions': problem(409, 'slot-taken', 'Slot taken'),
    });
    await userEvent.click(await screen.findByTestId('slot-2027-03-14T16:00:00Z'));
    await userEvent.click(screen.getByTestId('book-session'));
    expect(await screen.findByTestId('booking-problem')).toHaveTextContent('Someone else just booked that time');
    await waitFor(() => expect(screen.queryByTestId('slot-2027-03-14T16:00:00Z')).not.toBeInTheDocument());
    expect(screen.getByTestId('slot-2027-03-13T17:00:00Z')).toHaveAttribute('aria-pressed', 'false');
    expect(slotCalls).toBe(2);
  });

  it('explains the protocol and an invalid licence in words, with the server’s detail', async () => {
    let reply = problem(409, 'protocol', 'Protocol', { detail: 'Book your preparation session first' });
    openCare(ready, { [slotsPath('PREPARATION')]: json(dstSlots), 'POST /api/care/me/sessions': () => reply });
    await userEvent.click(await screen.findByTestId('slot-2027-03-13T17:00:00Z'));
    await userEvent.click(screen.getByTestId('book-session'));
    const alert = await screen.findByTestId('booking-problem');
    expect(alert).toHaveTextContent('This session cannot be booked just yet');
    expect(alert).toHaveTextContent('Book your preparation session first');

    reply = problem(409, 'licence-not-valid', 'Licence not valid', { detail: 'The therapist’s CA licence expires on 2027-03-10.' });
    await userEvent.click(screen.getByTestId('book-session'));
    await waitFor(() => expect(screen.getByTestId('booking-problem')).toHaveTextContent('Your therapist cannot see you on that date'));
    expect(screen.getByTestId('booking-problem')).toHaveTextContent('CA licence expires on 2027-03-10');
  });

  it('shows a 409 from the slots themselves kindly instead of a list', async () => {
    openCare(
      { ...ready, nextStep: 'MEDICINE' },
      { [slotsPath('MEDICINE')]: problem(409, 'protocol', 'Protocol', { detail: 'Book your preparation session first' }) },
    );
    const alert = await screen.findByTestId('slot-problem');
    expect(alert).toHaveTextContent('This session cannot be booked just yet');
    expect(alert).toHaveTextContent('Book your preparation session first');
  });
});

describe('my care: the integration window and reminders', () => {
  const medicine = session({
    id: 'm1',
    kind: 'MEDICINE',
    status: 'COMPLETED',
    startsAt: '2027-03-15T16:00:00Z',
    endsAt: '2027-03-15T18:30:00Z',
    hours: 2.5,
    setting: 'HOME_WITH_SITTER',
    sitterName: 'Sam Rivera',
    integrationDeadline: '2027-03-19T18:30:00Z',
  });
  const windowPlan: CarePlan = {
    ...ready,
    nextStep: 'INTEGRATION',
    sessions: [session({ status: 'COMPLETED', startsAt: '2027-03-08T17:00:00Z', endsAt: '2027-03-08T18:00:00Z' }), medicine],
    hoursCompleted: 3.5,
    hoursRemaining: 4.5,
    integrationWindow: { medicineSessionId: 'm1', opensAt: '2027-03-15T18:30:00Z', closesAt: '2027-03-19T18:30:00Z' },
    followUps: [{ ...ready.followUps[0]!, dueAt: '2020-01-01T00:00:00Z' }],
    reminders: [
      { kind: 'INTEGRATION_WINDOW_CLOSING', at: '2027-03-18T18:30:00Z', sessionId: 'm1' },
      { kind: 'FOLLOW_UP_DUE', at: '2020-01-01T00:00:00Z', sessionId: null },
    ],
  };

  it('puts the deadline up front, with the reminders as alerts and the integration to book', async () => {
    openCare(windowPlan, {
      [slotsPath('INTEGRATION')]: json({
        kind: 'INTEGRATION',
        durationMinutes: 60,
        slots: ['2027-03-17T17:00:00Z'],
        windowClosesAt: '2027-03-19T18:30:00Z',
      }),
    });
    const notice = await screen.findByTestId('integration-window');
    expect(notice).toHaveTextContent('Book your integration session');
    expect(notice).toHaveTextContent('Your integration session must start by Fri, Mar 19, 2027, 11:30 AM PDT.');
    expect(notice).toHaveTextContent('within 96 hours after the medicine session ends');
    expect(within(notice).getByRole('link', { name: 'Choose a time' })).toHaveAttribute('href', '#booking-panel');

    const reminders = within(screen.getByTestId('care-reminders')).getAllByRole('alert');
    expect(reminders.map((reminder) => reminder.getAttribute('data-kind'))).toEqual(['INTEGRATION_WINDOW_CLOSING', 'FOLLOW_UP_DUE']);
    expect(reminders[0]).toHaveTextContent('Your integration window closes soon');
    expect(reminders[0]).toHaveTextContent('starts by Fri, Mar 19, 2027, 11:30 AM PDT');
    expect(reminders[1]).toHaveTextContent('A follow-up questionnaire is due');

    const due = screen.getByTestId('follow-ups-due');
    expect(within(due).getByTestId('follow-up-link-END_OF_TREATMENT')).toHaveAttribute('href', '/member/follow-up/END_OF_TREATMENT');
    expect(due).toHaveTextContent('3 questionnaires to go.');

    expect(await screen.findByTestId('booking-panel')).toHaveAttribute('data-kind', 'INTEGRATION');
    expect(await screen.findByTestId('slot-window-closes')).toHaveTextContent('Only times that start by Fri, Mar 19, 2027, 11:30 AM PDT are shown.');

    const timeline = screen.getByTestId('care-timeline');
    const stage = (name: string) => timeline.querySelector(`[data-stage="${name}"]`) as HTMLElement;
    expect(stage('PREPARATION')).toHaveAttribute('data-state', 'DONE');
    expect(stage('MEDICINE')).toHaveAttribute('data-state', 'DONE');
    expect(stage('MEDICINE')).toHaveTextContent('Mon, Mar 15, 2027, 9:00 AM PDT — Done');
    expect(stage('INTEGRATION')).toHaveAttribute('data-state', 'CURRENT');
    expect(stage('INTEGRATION')).toHaveAttribute('aria-current', 'step');
    expect(stage('FOLLOW_UP')).toHaveAttribute('data-state', 'CURRENT');
    expect(stage('FOLLOW_UP').querySelector('[data-timepoint="END_OF_TREATMENT"]')).toHaveAttribute('data-state', 'DUE');
  });

  it('is kind about a missed window', async () => {
    openCare({
      ...windowPlan,
      integrationWindow: null,
      nextStep: 'NONE',
      reminders: [{ kind: 'INTEGRATION_WINDOW_MISSED', at: '2027-03-19T18:30:00Z', sessionId: 'm1' }],
    });
    const reminder = within(await screen.findByTestId('care-reminders')).getByRole('alert');
    expect(reminder).toHaveTextContent('The integration window has passed');
    expect(reminder).toHaveTextContent('within 96 hours after your medicine session on Mar 15, 2027. That is all right');
    expect(screen.queryByTestId('integration-window')).not.toBeInTheDocument();
    expect(screen.getByTestId('nothing-to-book')).toBeInTheDocument();
  });

  it('speaks Spanish, with the times still in the member’s zone', async () => {
    window.localStorage.setItem(LOCALE_STORAGE_KEY, 'es');
    openCare(windowPlan, {
      [slotsPath('INTEGRATION')]: json({ kind: 'INTEGRATION', durationMinutes: 60, slots: [], windowClosesAt: null }),
    });
    expect(await screen.findByTestId('integration-window')).toHaveTextContent('Reserva tu sesión de integración');
    expect(screen.getByTestId('hours-remaining')).toHaveTextContent('Te quedan 4,5 de 8 horas');
    expect(screen.getByTestId('care-time-zone')).toHaveTextContent('hora del Pacífico (America/Los_Angeles)');
  });
});

describe('my care: changing a booked session', () => {
  it('warns before a late cancellation, then cancels with the reason', async () => {
    const soon = session({ id: 's2', startsAt: inHours(5), endsAt: inHours(6) });
    const cancelled: Session = { ...soon, status: 'CANCELLED', cancelledBy: 'MEMBER', cancelReason: 'I am unwell', lateCancellation: true };
    let sent: unknown;
    openCare(
      (call) =>
        call === 0
          ? { ...ready, nextStep: 'NONE', sessions: [soon], hoursBooked: 1, hoursRemaining: 7 }
          : { ...ready, nextStep: 'NONE', sessions: [cancelled], hoursRemaining: 7 },
      {
        'POST /api/care/sessions/s2/cancel': (init) => {
          sent = bodyOf(init);
          return json(cancelled);
        },
      },
    );
    const item = await screen.findByTestId('session-s2');
    await userEvent.click(within(item).getByTestId('cancel-s2'));

    const warning = screen.getByTestId('late-cancellation-warning');
    expect(warning).toHaveTextContent('This is a late cancellation');
    expect(warning).toHaveTextContent('Your session starts in less than 24 hours. If you cancel now, its 1 hour count as used');
    expect(screen.getByTestId('confirm-cancel-s2')).toHaveTextContent('Cancel anyway');
    const reason = screen.getByLabelText('Reason');
    expect(reason).toHaveFocus();
    await userEvent.type(reason, 'I am unwell');
    await userEvent.click(screen.getByTestId('confirm-cancel-s2'));

    expect(await screen.findByTestId('care-notice')).toHaveTextContent('As it was less than a day ahead, its hours count as used.');
    expect(sent).toEqual({ reason: 'I am unwell' });
    const past = within(screen.getByTestId('past-sessions')).getByTestId('session-s2');
    expect(past).toHaveAttribute('data-status', 'CANCELLED');
    expect(past).toHaveTextContent('Cancelled by you.');
    expect(screen.getByTestId('late-cancellation-s2')).toHaveTextContent('its 1 hour counted as used');
  });

  it('says cancelling is free further ahead', async () => {
    openCare({ ...ready, nextStep: 'NONE', sessions: [session({ id: 's3', startsAt: inHours(72), endsAt: inHours(73) })] });
    await userEvent.click(await screen.findByTestId('cancel-s3'));
    expect(screen.getByTestId('cancellation-free-note')).toHaveTextContent('You can cancel free of charge up to 24 hours before the start.');
    expect(screen.queryByTestId('late-cancellation-warning')).not.toBeInTheDocument();
  });

  it('moves a session to a new free time with a reason', async () => {
    const later = session({ id: 's4', startsAt: inHours(72), endsAt: inHours(73) });
    const moved = session({ id: 's5', startsAt: '2027-03-13T17:00:00Z', endsAt: '2027-03-13T18:00:00Z' });
    let sent: unknown;
    openCare((call) => ({ ...ready, nextStep: 'NONE', sessions: call === 0 ? [later] : [{ ...later, status: 'CANCELLED' }, moved] }), {
      [slotsPath('PREPARATION')]: json(dstSlots),
      'POST /api/care/sessions/s4/reschedule': (init) => {
        sent = bodyOf(init);
        return json(moved, 201);
      },
    });
    await userEvent.click(await screen.findByTestId('reschedule-s4'));
    await userEvent.click(await screen.findByTestId('reschedule-slot-2027-03-13T17:00:00Z'));
    expect(screen.getByRole('form', { name: 'Move your Preparation to Sat, Mar 13, 2027, 9:00 AM PST?' })).toBeInTheDocument();
    await userEvent.type(screen.getByLabelText('Reason for moving it'), 'Work trip');
    await userEvent.click(screen.getByTestId('confirm-reschedule-s4'));

    expect(await screen.findByTestId('care-notice')).toHaveTextContent('Moved: your Preparation is now on Sat, Mar 13, 2027, 9:00 AM PST.');
    expect(sent).toEqual({ startsAt: '2027-03-13T17:00:00Z', reason: 'Work trip' });
    expect(screen.getByTestId('session-s5')).toHaveAttribute('data-status', 'BOOKED');
    expect(screen.getByTestId('session-s4')).toHaveAttribute('data-status', 'CANCELLED');
  });

  it('opens the session room on Join, and explains a room that is not open yet', async () => {
    const open = vi.spyOn(window, 'open').mockReturnValue(null);
    const first = session({ id: 's6', startsAt: inHours(0.1), endsAt: inHours(1.1) });
    const second = session({ id: 's7', startsAt: inHours(48), endsAt: inHours(49) });
    openCare({ ...ready, nextStep: 'NONE', sessions: [first, second] }, {
      'GET /api/care/sessions/s6/join': json({ url: 'https://video.example/room/s6', opensAt: inHours(-0.15) }),
      'GET /api/care/sessions/s7/join': problem(409, 'not-open-yet', 'Not open yet'),
    });
    await userEvent.click(await screen.findByTestId('join-s6'));
    await waitFor(() => expect(open).toHaveBeenCalledWith('https://video.example/room/s6', '_blank', 'noopener,noreferrer'));
    expect(screen.getByTestId('join-link-s6')).toHaveAttribute('href', 'https://video.example/room/s6');

    await userEvent.click(screen.getByTestId('join-s7'));
    const notOpen = await screen.findByTestId('join-problem-s7');
    expect(notOpen).toHaveTextContent('The session room is not open yet');
    expect(notOpen).toHaveTextContent('It opens 15 minutes before the start');
    expect(notOpen).toHaveTextContent(/PST|PDT/);
  });
});

describe('member home care card', () => {
  const home = {
    'GET /api/identity/me': json(member),
    'GET /api/journey/me': json({ pseudonym: 'Quiet Heron', sponsorDisplayName: 'Acme', steps: [] }),
    'GET /api/enrolment/me': problem(404, 'not-found', 'Not found'),
    'GET /api/clearance/me': problem(404, 'not-found', 'Not found'),
    'GET /api/referrals/me': problem(404, 'not-found', 'Not found'),
  };

  it('gives the next session with its zone, the hours left and the way to the care page', async () => {
    fakeServer({
      ...home,
      'GET /api/care/me': json({ ...ready, sessions: [session({ startsAt: '2099-03-16T16:00:00Z', endsAt: '2099-03-16T17:00:00Z' })], hoursRemaining: 7 }),
    });
    renderApp('/member');
    const card = await screen.findByTestId('care-card');
    expect(within(card).getByRole('heading')).toHaveTextContent('Your sessions');
    expect(within(card).getByTestId('care-card-next')).toHaveTextContent('Next: Preparation on Mon, Mar 16, 2099, 9:00 AM PDT with Elena Ruiz.');
    expect(within(card).getByTestId('care-card-hours')).toHaveTextContent('7 of 8 hours left');
    expect(within(card).getByRole('link', { name: 'Go to my care' })).toHaveAttribute('href', '/member/care');
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(await within(nav).findByRole('link', { name: 'My care' })).toHaveAttribute('href', '/member/care');
  });

  it('names the next step when nothing is booked, and is left out before a therapist accepted', async () => {
    fakeServer({ ...home, 'GET /api/care/me': json(ready) });
    const { unmount } = renderApp('/member');
    expect(await screen.findByTestId('care-card-next')).toHaveTextContent('Next step: book your Preparation.');
    unmount();

    const fetchMock = fakeServer({ ...home, 'GET /api/care/me': json({ ...ready, status: 'NO_THERAPIST' }) });
    renderApp('/member');
    await screen.findByTestId('home-heading');
    await waitFor(() => expect(calledPaths(fetchMock)).toContain('GET /api/care/me'));
    await waitFor(() => expect(screen.queryByRole('status')).not.toBeInTheDocument());
    expect(screen.queryByTestId('care-card')).not.toBeInTheDocument();
  });
});

