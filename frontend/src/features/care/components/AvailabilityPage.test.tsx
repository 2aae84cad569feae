import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { configureApiClient } from '../../../lib/api-client';
import { calledPaths, fakeServer, json, problem } from '../../../test/fake-server';
import { renderApp } from '../../../test/render-app';
import type { Availability } from '../api/availability-api';

beforeEach(() => configureApiClient({ onUnauthorized: () => {} }));

const therapist = { id: 'u1', role: 'PROVIDER', displayName: 'Elena Ruiz', employer: null };
const view: Availability = {
  timeZone: 'America/Denver',
  weekly: [
    { dayOfWeek: 'MONDAY', startsAt: '09:00', endsAt: '12:00' },
    { dayOfWeek: 'WEDNESDAY', startsAt: '13:00', endsAt: '18:00' },
  ],
  daysOff: [{ date: '2099-07-04', note: 'Holiday' }],
};
const el = (testId: string) => screen.getByTestId(testId) as HTMLInputElement;
const bodyOf = (init: RequestInit | undefined) => JSON.parse(String(init?.body)) as unknown;

function open(routes: Parameters<typeof fakeServer>[0] = {}) {
  const fetchMock = fakeServer({ 'GET /api/identity/me': json(therapist), 'GET /api/availability/me': json(view), ...routes });
  renderApp('/provider/availability');
  return fetchMock;
}

describe('availability', () => {
  it('shows the weekly hours in the provider’s own time zone, as rows of day, start and end', async () => {
    open();
    expect(await screen.findByTestId('availability-time-zone')).toHaveTextContent(
      'All times are in your time zone: Mountain Time (America/Denver).',
    );
    expect(el('window-day-0')).toHaveValue('MONDAY');
    expect(el('window-day-0').tagName).toBe('SELECT');
    expect(el('window-start-0')).toHaveAttribute('type', 'time');
    expect(el('window-start-0')).toHaveValue('09:00');
    expect(el('window-end-1')).toHaveValue('18:00');
    expect(screen.getByRole('group', { name: 'Block 2' })).toContainElement(el('window-day-1'));
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(await within(nav).findByRole('link', { name: 'Availability' })).toHaveAttribute('aria-current', 'page');
  });

  it('checks the windows here first: an end before the start and an overlap, without calling the server', async () => {
    const fetchMock = open();
    await screen.findByTestId('window-day-0');
    await userEvent.clear(el('window-end-0'));
    await userEvent.type(el('window-end-0'), '08:00');
    await userEvent.click(screen.getByTestId('add-window'));
    expect(el('window-day-2')).toHaveValue('THURSDAY');
    await userEvent.selectOptions(el('window-day-2'), 'WEDNESDAY');
    await userEvent.clear(el('window-start-2'));
    await userEvent.type(el('window-start-2'), '17:00');
    await userEvent.clear(el('window-end-2'));
    await userEvent.type(el('window-end-2'), '19:00');
    await userEvent.click(screen.getByTestId('save-weekly'));

    expect(screen.getByTestId('windows-invalid')).toHaveTextContent('Please correct the fields marked below.');
    expect(document.getElementById('window-end-0-error')).toHaveTextContent('The end must be after the start.');
    expect(el('window-end-0')).toHaveAttribute('aria-invalid', 'true');
    expect(document.getElementById('window-start-2-error')).toHaveTextContent('This block overlaps block 2 on the same day.');
    expect(el('window-end-0')).toHaveFocus();
    expect(calledPaths(fetchMock)).not.toContain('PUT /api/availability/me/weekly');
  });

  it('shows the server’s messages about the windows, then saves and shows the saved hours', async () => {
    const sent: unknown[] = [];
    let reply = problem(400, 'validation', 'Invalid request', {
      errors: [
        { field: 'windows', message: 'Windows on TUESDAY overlap' },
        { field: 'windows[1].endsAt', message: 'A window must be at least 60 minutes long' },
      ],
    });
    open({
      'PUT /api/availability/me/weekly': (init) => {
        sent.push(bodyOf(init));
        return reply;
      },
    });
    await screen.findByTestId('window-day-0');
    await userEvent.click(screen.getByTestId('remove-window-1'));
    expect(screen.queryByTestId('window-day-1')).not.toBeInTheDocument();
    await userEvent.click(screen.getByTestId('add-window'));
    await userEvent.selectOptions(el('window-day-1'), 'TUESDAY');
    await userEvent.clear(el('window-start-1'));
    await userEvent.type(el('window-start-1'), '10:00');
    await userEvent.clear(el('window-end-1'));
    await userEvent.type(el('window-end-1'), '10:30');
    await userEvent.click(screen.getByTestId('save-weekly'));

    const errors = await screen.findByTestId('windows-errors');
    expect(errors).toHaveAttribute('role', 'alert');
    expect(errors).toHaveTextContent('These weekly hours could not be saved:');
    expect(errors).toHaveTextContent('Windows on TUESDAY overlap');
    expect(errors).toHaveTextContent('A window must be at least 60 minutes long');
    expect(sent[0]).toEqual({
      windows: [
        { dayOfWeek: 'MONDAY', startsAt: '09:00', endsAt: '12:00' },
        { dayOfWeek: 'TUESDAY', startsAt: '10:00', endsAt: '10:30' },
      ],
    });

    reply = json({ ...view, weekly: [{ dayOfWeek: 'MONDAY', startsAt: '09:00:00', endsAt: '12:00:00' }] });
    await userEvent.click(screen.getByTestId('save-weekly'));
    expect(await screen.findByTestId('weekly-saved')).toHaveTextContent('Your weekly hours are saved.');
    expect(screen.queryByTestId('windows-errors')).not.toBeInTheDocument();
    expect(el('window-start-0')).toHaveValue('09:00');
    expect(screen.queryByTestId('window-day-1')).not.toBeInTheDocument();
  });

  it('adds and removes days off', async () => {
    let added: unknown;
    const fetchMock = open({
      'POST /api/availability/me/days-off': (init) => {
        added = bodyOf(init);
        return json({ ...view, daysOff: [...view.daysOff, { date: '2099-12-24', note: 'Family' }] });
      },
      'DELETE /api/availability/me/days-off/2099-07-04': json({ ...view, daysOff: [{ date: '2099-12-24', note: 'Family' }] }),
    });
    const list = await screen.findByTestId('days-off');
    expect(list).toHaveTextContent('Jul 4, 2099');
    expect(list).toHaveTextContent('Holiday');

    await userEvent.click(screen.getByTestId('add-day-off'));
    expect(document.getElementById('day-off-date-error')).toHaveTextContent('Choose a date.');
    expect(calledPaths(fetchMock)).not.toContain('POST /api/availability/me/days-off');

    await userEvent.type(el('day-off-date'), '2099-12-24');
    await userEvent.type(el('day-off-note'), 'Family');
    await userEvent.click(screen.getByTestId('add-day-off'));
    await waitFor(() => expect(screen.getByTestId('days-off')).toHaveTextContent('Dec 24, 2099'));
    expect(added).toEqual({ date: '2099-12-24', note: 'Family' });
    expect(screen.getByTestId('days-off-status')).toHaveTextContent('Day off added: Dec 24, 2099.');
    expect(el('day-off-date')).toHaveValue('');

    await userEvent.click(screen.getByTestId('remove-day-off-2099-07-04'));
    await waitFor(() => expect(screen.getByTestId('days-off')).not.toHaveTextContent('Jul 4, 2099'));
    expect(calledPaths(fetchMock)).toContain('DELETE /api/availability/me/days-off/2099-07-04');
  });

  it('tells a prescriber the page is for psychotherapists (403)', async () => {
    open({ 'GET /api/availability/me': problem(403, 'forbidden', 'Forbidden') });
    expect(await screen.findByTestId('care-psychotherapists-only')).toHaveTextContent('Availability and sessions are for psychotherapists.');
  });
});
