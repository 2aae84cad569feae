import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { configureApiClient } from '../../../lib/api-client';
import { calledPaths, fakeServer, json, problem } from '../../../test/fake-server';
import { renderApp } from '../../../test/render-app';
import { hrMe, memberMe, quarterly } from './test-data';

beforeEach(() => configureApiClient({ onUnauthorized: () => {} }));

const MINE = 'GET /api/reports/my-employer';

describe('what your employer sees, for a member', () => {
  it('shows the published quarterly report in the same tables HR gets', async () => {
    fakeServer({ 'GET /api/identity/me': json(memberMe), [MINE]: json([quarterly()]) });
    renderApp('/member/employer-view');

    expect(await screen.findByTestId('employer-view')).toBeInTheDocument();
    const section = await screen.findByTestId('member-employer-report');
    expect(within(section).getByRole('heading', { level: 2 })).toHaveTextContent('This is exactly what your employer sees');
    expect(section).toHaveTextContent('2026 Wellbeing Benefit');
    expect(section).toHaveTextContent('ε = 0.5 per quarter');
    const stages = await within(section).findByTestId('p1-table-stages');
    expect(stages.querySelector('td[data-metric="ENROLLED"][data-period="2026-Q3"]')).toHaveTextContent('66');
    expect(stages.querySelector('td[data-metric="STAGE_MEDICINE"][data-period="2026-Q3"]')).toHaveTextContent(
      'Fewer than 11',
    );
    expect(within(section).getByTestId('p1-table-usage')).toBeInTheDocument();
    expect(within(section).getByTestId('p1-table-outcomes')).toHaveTextContent('Not enough responses');
  });

  it('says when the employer has no report yet', async () => {
    fakeServer({ 'GET /api/identity/me': json(memberMe), [MINE]: json([quarterly({ periods: [] })]) });
    renderApp('/member/employer-view');
    expect(await screen.findByTestId('member-report-empty')).toHaveTextContent(
      'The first quarterly report appears after the first full quarter of the programme.',
    );
  });

  it('keeps the explanation when the report cannot be loaded', async () => {
    fakeServer({ 'GET /api/identity/me': json(memberMe), [MINE]: problem(500, 'internal', 'Internal') });
    renderApp('/member/employer-view');
    const section = await screen.findByTestId('member-employer-report');
    expect(await within(section).findByRole('alert')).toHaveTextContent('This information could not be loaded.');
    expect(screen.getByTestId('employer-never-sees')).toBeInTheDocument();
  });

  it('loads no report on the public page, signed in or not', async () => {
    const anonymous = fakeServer({
      'GET /api/identity/me': problem(401, 'unauthorized', 'Unauthorized'),
      'POST /api/identity/sessions/refresh': problem(401, 'unauthorized', 'Unauthorized'),
    });
    const { unmount } = renderApp('/privacy/employer-view');
    expect(await screen.findByTestId('employer-view')).toBeInTheDocument();
    expect(screen.queryByTestId('member-employer-report')).toBeNull();
    expect(calledPaths(anonymous)).not.toContain(MINE);
    unmount();

    const hr = fakeServer({ 'GET /api/identity/me': json(hrMe) });
    renderApp('/privacy/employer-view');
    expect(await screen.findByTestId('employer-view')).toBeInTheDocument();
    expect(screen.queryByTestId('member-employer-report')).toBeNull();
    expect(calledPaths(hr)).not.toContain(MINE);
  });
});
