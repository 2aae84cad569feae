import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { configureApiClient } from '../../../lib/api-client';
import { calledPaths, fakeServer, json } from '../../../test/fake-server';
import { renderApp } from '../../../test/render-app';
import type { CarePlan, FollowUp } from '../api/care-api';

beforeEach(() => configureApiClient({ onUnauthorized: () => {} }));

const member = { id: 'm1', role: 'MEMBER', displayName: 'Quiet Heron', employer: null };

const plan = (followUps: FollowUp[]): CarePlan => ({
  status: 'READY',
  therapist: { id: 't1', displayName: 'Elena Ruiz', timeZone: 'America/Los_Angeles' },
  memberTimeZone: 'America/Los_Angeles',
  setting: 'OFFICE_MONITORED',
  packageHours: 8,
  hoursBooked: 0,
  hoursCompleted: 8,
  hoursRemaining: 0,
  nextStep: 'NONE',
  integrationWindow: null,
  sessions: [],
  followUps,
  reminders: [],
  policy: { minimumNoticeHours: 24, lateCancellationHours: 24 },
});

const month3: FollowUp = { id: 'f2', timepoint: 'MONTH_3', dueAt: '2026-01-10T17:00:00Z', completedAt: null, remaining: ['GAD7', 'PCL5'] };

const radio = (name: string, value: number) =>
  document.querySelector<HTMLInputElement>(`input[name='${name}'][value='${value}']`) as HTMLInputElement;
function answerAll(instrument: string, items: number, value: number, exceptions: Record<number, number> = {}) {
  for (let index = 0; index < items; index++) fireEvent.click(radio(`${instrument}-${index}`, exceptions[index] ?? value));
}
const posted = (fetchMock: ReturnType<typeof fakeServer>) =>
  fetchMock.mock.calls
    .filter(([input, init]) => String(input) === '/api/screening/responses' && init?.method === 'POST')
    .map(([, init]) => JSON.parse(String(init?.body)));
const result = (instrument: string, total: number, band: string, maximum: number, crisis = false) => ({
  instrument, total, band, maximum, takenAt: '2026-01-11T10:00:00Z', crisis, flaggedForReview: crisis, reasons: [],
});

describe('follow-up questionnaires', () => {
  it('asks only what is left, sends each answer with the timepoint and ends with a thank-you', async () => {
    let reply = json(result('GAD7', 3, 'MINIMAL', 21), 201);
    const fetchMock = fakeServer({
      'GET /api/identity/me': json(member),
      'GET /api/care/me': json(plan([month3])),
      'POST /api/screening/responses': () => reply,
    });
    renderApp('/member/follow-up/MONTH_3');

    expect(await screen.findByTestId('follow-up-heading')).toHaveTextContent('Follow-up: 3 months later');
    expect(await screen.findByTestId('submit-GAD7')).toBeInTheDocument();
    expect(screen.queryByTestId('submit-PHQ9')).not.toBeInTheDocument();
    expect(screen.getByTestId('screening-progress')).toHaveTextContent('Questionnaire 2 of 3');

    answerAll('GAD7', 7, 0, { 2: 1 });
    await userEvent.click(screen.getByTestId('submit-GAD7'));
    expect(await screen.findByTestId('submit-PCL5')).toBeInTheDocument();
    expect(screen.getByTestId('screening-result')).toHaveTextContent('Your score: 3 out of 21.');

    reply = json(result('PCL5', 12, 'BELOW_THRESHOLD', 80), 201);
    answerAll('PCL5', 20, 0, { 5: 2 });
    await userEvent.click(screen.getByTestId('submit-PCL5'));

    const done = await screen.findByTestId('follow-up-complete');
    expect(done).toHaveTextContent('Thank you: your follow-up is complete.');
    expect(within(done).getByRole('link', { name: 'See my scores over time' })).toHaveAttribute('href', '/member/scores');
    expect(posted(fetchMock)).toEqual([
      { instrument: 'GAD7', answers: [0, 0, 1, 0, 0, 0, 0], timepoint: 'MONTH_3' },
      { instrument: 'PCL5', answers: [0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], timepoint: 'MONTH_3' },
    ]);
    expect(screen.queryByTestId('crisis-now')).not.toBeInTheDocument();
  });

  it('brings crisis help at once after a self-harm answer, as the screening does', async () => {
    const fetchMock = fakeServer({
      'GET /api/identity/me': json(member),
      'GET /api/care/me': json(plan([{ ...month3, timepoint: 'END_OF_TREATMENT', remaining: ['PHQ9', 'GAD7', 'PCL5'] }])),
      'POST /api/screening/responses': json(result('PHQ9', 5, 'MILD', 27, true), 201),
    });
    renderApp('/member/follow-up/end-of-treatment');
    await screen.findByTestId('submit-PHQ9');
    answerAll('PHQ9', 9, 0, { 8: 2, 0: 3 });
    await userEvent.click(screen.getByTestId('submit-PHQ9'));

    const crisis = await screen.findByTestId('crisis-now');
    expect(crisis).toHaveAttribute('role', 'alert');
    expect(crisis).toHaveFocus();
    expect(within(crisis).getByRole('link', { name: 'Call 988' })).toHaveAttribute('href', 'tel:988');
    expect(posted(fetchMock)[0]).toMatchObject({ instrument: 'PHQ9', timepoint: 'END_OF_TREATMENT' });
    expect(screen.getByTestId('submit-GAD7')).toBeInTheDocument();
  });

  it('says so when the follow-up is answered, not yet due, or unknown', async () => {
    fakeServer({
      'GET /api/identity/me': json(member),
      'GET /api/care/me': json(
        plan([
          { ...month3, completedAt: '2026-01-12T10:00:00Z', remaining: [] },
          { ...month3, id: 'f3', timepoint: 'MONTH_6', dueAt: '2099-07-10T17:00:00Z', remaining: ['PHQ9', 'GAD7', 'PCL5'] },
        ]),
      ),
    });
    const first = renderApp('/member/follow-up/MONTH_3');
    expect(await screen.findByTestId('follow-up-done')).toHaveTextContent('You have already answered this follow-up.');
    first.unmount();

    const second = renderApp('/member/follow-up/MONTH_6');
    expect(await screen.findByTestId('follow-up-not-due')).toHaveTextContent('This follow-up opens on Jul 10, 2099.');
    expect(screen.queryByTestId('submit-PHQ9')).not.toBeInTheDocument();
    second.unmount();

    const fetchMock = fakeServer({ 'GET /api/identity/me': json(member), 'GET /api/care/me': json(plan([])) });
    renderApp('/member/follow-up/YEAR_2');
    expect(await screen.findByTestId('follow-up-unavailable')).toHaveTextContent('We do not know this follow-up.');
    expect(calledPaths(fetchMock)).not.toContain('POST /api/screening/responses');
  });
});
