import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { configureApiClient } from '../../../lib/api-client';
import { calledPaths, fakeServer, json, problem } from '../../../test/fake-server';
import { renderApp } from '../../../test/render-app';
import { adminMe, published, quarterly, report, suppressed } from './test-data';

beforeEach(() => configureApiClient({ onUnauthorized: () => {} }));

const OVERVIEW = 'GET /api/reports/overview';
const REFRESH = 'POST /api/reports/refresh';

const before = {
  refresh: { lastRunAt: '2026-10-01T02:00:00Z', lastRunPublished: 0, running: false },
  programmes: [
    quarterly(),
    quarterly({ programmeId: 'p9', programmeName: 'Pilot', employerName: 'Lakeside Bakery', periods: [] }),
  ],
};
const after = {
  refresh: { lastRunAt: '2026-11-02T09:00:00Z', lastRunPublished: 2, running: false },
  programmes: [
    quarterly(),
    quarterly({
      programmeId: 'p9',
      programmeName: 'Pilot',
      employerName: 'Lakeside Bakery',
      periods: [report('2026-Q3', { ENROLLED: suppressed, SEATS_USED: published(12) })],
    }),
  ],
};

describe('operator reports', () => {
  it('shows the refresh status and each programme’s latest quarter, suppressed as the employer sees it', async () => {
    fakeServer({ 'GET /api/identity/me': json(adminMe), [OVERVIEW]: json(before) });
    renderApp('/admin/reports');

    const status = await screen.findByTestId('refresh-status');
    expect(status).toHaveTextContent('Oct 1, 2026');
    expect(status).toHaveAttribute('data-running', 'false');
    expect(within(status).getByTestId('refresh-published')).toHaveTextContent('0');

    const table = screen.getByTestId('overview-table');
    expect(table).toHaveAccessibleName('Each programme’s latest published quarter');
    const row = within(table).getByRole('row', { name: /2026 Wellbeing Benefit/ });
    expect(row).toHaveTextContent('Sierra Soap Works');
    expect(row).toHaveTextContent('Q3 2026');
    expect(row.querySelector('[data-metric="ENROLLED"]')).toHaveTextContent('66');
    expect(row.querySelector('[data-metric="STAGE_MEDICINE"]')).toHaveTextContent('Fewer than 11');
    expect(row.querySelector('[data-metric="SEATS_USED"]')).toHaveTextContent('64');
    expect(row.querySelector('[data-metric="SEATS_PURCHASED"]')).toHaveTextContent('80');
    expect(within(table).getByRole('row', { name: /Pilot/ })).toHaveTextContent('No quarter published yet');
  });

  it('refreshes now, then shows the new status and the newly published quarter', async () => {
    let refreshed = false;
    const fetchMock = fakeServer({
      'GET /api/identity/me': json(adminMe),
      [OVERVIEW]: () => json(refreshed ? after : before),
      [REFRESH]: () => {
        refreshed = true;
        return json(after.refresh);
      },
    });
    renderApp('/admin/reports');

    await userEvent.click(await screen.findByTestId('refresh-now'));

    expect(await screen.findByText('Refresh finished. Reports published: 2.')).toHaveAttribute('role', 'status');
    expect(screen.getByTestId('refresh-status')).toHaveTextContent('Nov 2, 2026');
    expect(screen.getByTestId('refresh-published')).toHaveTextContent('2');
    expect(calledPaths(fetchMock).filter((call) => call === REFRESH)).toHaveLength(1);
    const pilot = await waitFor(() => {
      const row = within(screen.getByTestId('overview-table')).getByRole('row', { name: /Pilot/ });
      expect(row.querySelector('[data-metric="SEATS_USED"]')).toHaveTextContent('12');
      return row;
    });
    expect(pilot.querySelector('[data-metric="ENROLLED"]')).toHaveAttribute('data-status', 'SUPPRESSED');
  });

  it('explains a refresh that failed', async () => {
    fakeServer({
      'GET /api/identity/me': json(adminMe),
      [OVERVIEW]: json(before),
      [REFRESH]: problem(409, 'refresh-running', 'A refresh is already running'),
    });
    renderApp('/admin/reports');
    await userEvent.click(await screen.findByTestId('refresh-now'));
    expect(await screen.findByTestId('refresh-problem')).toHaveTextContent('A refresh is already running');
  });

  it('is in the operator’s navigation', async () => {
    fakeServer({ 'GET /api/identity/me': json(adminMe), [OVERVIEW]: json(before) });
    renderApp('/admin/reports');
    const nav = await screen.findByRole('navigation', { name: 'Main' });
    expect(await within(nav).findByRole('link', { name: 'Reports' })).toHaveAttribute('href', '/admin/reports');
    expect(await within(nav).findByRole('link', { name: 'Reports' })).toHaveAttribute('aria-current', 'page');
  });
});
