import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { configureApiClient } from '../../../lib/api-client';
import { calledPaths, fakeServer, json, problem } from '../../../test/fake-server';
import { renderApp } from '../../../test/render-app';

beforeEach(() => configureApiClient({ onUnauthorized: () => {} }));

const hr = { id: 'h1', role: 'HR_ADMIN', displayName: 'Robin HR', employer: { id: 'e1', displayName: 'Sierra Soap Works' } };
const BASE = '/api/employers/current';

describe('team page', () => {
  it('marks you, offers no way to deactivate yourself, and reports a refused deactivation', async () => {
    const fetchMock = fakeServer({
      'GET /api/identity/me': json(hr),
      [`GET ${BASE}/hr-admins`]: json([
        { id: 'h1', displayName: 'Robin HR', status: 'ACTIVE', you: true },
        { id: 'h2', displayName: 'Kai Lund', status: 'ACTIVE', you: false },
      ]),
      [`GET ${BASE}/invitations`]: json([]),
      [`POST ${BASE}/hr-admins/h2/deactivate`]: problem(409, 'conflict', 'Conflict', {
        detail: 'An employer needs at least one active HR admin.',
      }),
    });
    renderApp('/hr/team');

    const table = await screen.findByRole('table', { name: 'People who can manage this employer’s benefit' });
    const me = within(table).getByRole('row', { name: /Robin HR/ });
    expect(me).toHaveTextContent('Robin HR (you)');
    expect(within(me).queryByRole('button')).toBeNull();

    await userEvent.click(within(table).getByTestId('deactivate-h2'));
    await userEvent.click(screen.getByTestId('confirm-action'));

    await waitFor(() =>
      expect(screen.getByTestId('access-problem')).toHaveTextContent('An employer needs at least one active HR admin.'),
    );
    expect(calledPaths(fetchMock)).toContain(`POST ${BASE}/hr-admins/h2/deactivate`);
  });

  it('revokes a pending invitation and reloads the list', async () => {
    let revoked = false;
    const fetchMock = fakeServer({
      'GET /api/identity/me': json(hr),
      [`GET ${BASE}/hr-admins`]: json([{ id: 'h1', displayName: 'Robin HR', status: 'ACTIVE', you: true }]),
      [`GET ${BASE}/invitations`]: () =>
        json([
          {
            id: 'i1',
            email: 'jo@sierrasoap.example',
            displayName: 'Jo',
            createdAt: '2026-11-01T09:00:00Z',
            expiresAt: '2026-11-08T09:00:00Z',
            status: revoked ? 'REVOKED' : 'PENDING',
          },
        ]),
      [`DELETE ${BASE}/invitations/i1`]: () => {
        revoked = true;
        return { status: 204 };
      },
    });
    renderApp('/hr/team');

    await userEvent.click(await screen.findByTestId('revoke-i1'));
    await userEvent.click(screen.getByTestId('confirm-action'));

    const table = await screen.findByRole('table', { name: 'Invitations to become an HR admin' });
    await waitFor(() => expect(within(table).getByRole('row', { name: /jo@sierrasoap.example/ })).toHaveTextContent('Revoked'));
    expect(calledPaths(fetchMock)).toContain(`DELETE ${BASE}/invitations/i1`);
  });
});
