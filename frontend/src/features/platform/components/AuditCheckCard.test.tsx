import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { configureApiClient } from '../../../lib/api-client';
import { calledPaths, fakeServer, json, problem } from '../../../test/fake-server';
import { renderApp } from '../../../test/render-app';

beforeEach(() => configureApiClient({ onUnauthorized: () => {} }));

const admin = { id: 'a1', role: 'PLATFORM_ADMIN', displayName: 'Pat Operator', employer: null };

function openHome(verify: Parameters<typeof fakeServer>[0][string]) {
  const fetchMock = fakeServer({
    'GET /api/identity/me': json(admin),
    'GET /api/employers': json([]),
    'GET /api/providers': json([]),
    'GET /api/audit/verify': verify,
  });
  renderApp('/admin');
  return fetchMock;
}

describe('audit log card', () => {
  it('checks the chain only when asked, and says every record is intact', async () => {
    const fetchMock = openHome(json({ records: 1234, intact: true, firstBrokenId: null }));

    const card = await screen.findByTestId('audit-log');
    expect(within(card).getByRole('heading', { level: 2 })).toHaveTextContent('Audit log');
    expect(calledPaths(fetchMock)).not.toContain('GET /api/audit/verify');

    await userEvent.click(within(card).getByTestId('verify-audit'));

    const result = await within(card).findByTestId('audit-result');
    expect(result).toHaveTextContent('All 1,234 records are intact.');
    expect(result).not.toHaveClass('alert--error');
    expect(calledPaths(fetchMock)).toContain('GET /api/audit/verify');
  });

  it('shows a broken chain as an error, naming the first altered record', async () => {
    openHome(json({ records: 1234, intact: false, firstBrokenId: 812 }));

    await userEvent.click(await screen.findByTestId('verify-audit'));

    const result = await screen.findByTestId('audit-result');
    expect(result).toHaveTextContent('The chain is broken at record 812: the log was altered from there on.');
    expect(result).toHaveClass('alert--error');
    expect(result).toHaveAttribute('role', 'alert');
  });

  it('explains a failed check with the problem alert', async () => {
    openHome(problem(500, 'internal', 'Internal Server Error'));

    await userEvent.click(await screen.findByTestId('verify-audit'));

    expect(await screen.findByTestId('audit-problem')).toHaveTextContent('Something went wrong');
    expect(screen.queryByTestId('audit-result')).toBeNull();
  });
});
