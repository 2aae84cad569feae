import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { configureApiClient } from '../../../lib/api-client';
import { calledPaths, fakeServer, json, problem } from '../../../test/fake-server';
import { renderApp } from '../../../test/render-app';

beforeEach(() => configureApiClient({ onUnauthorized: () => {} }));

const admin = { id: 'a1', role: 'PLATFORM_ADMIN', displayName: 'Pat Operator', employer: null };
const detail = {
  id: 'e7',
  legalName: 'Desert Bloom Bakery LLC',
  displayName: 'Desert Bloom',
  contactName: 'Lee Ortiz',
  contactEmail: 'lee@desertbloom.example',
  billingEmail: 'billing@desertbloom.example',
  status: 'ACTIVE',
  createdAt: '2026-11-01T09:00:00Z',
};
const BASE = '/api/employers/e7';
const accessRoutes = {
  [`GET ${BASE}/hr-admins`]: json([{ id: 'h1', displayName: 'Robin HR', status: 'ACTIVE', you: false }]),
  [`GET ${BASE}/invitations`]: json([
    { id: 'i1', email: 'jo@desertbloom.example', displayName: 'Jo', createdAt: '2026-11-01T09:00:00Z', expiresAt: '2026-11-08T09:00:00Z', status: 'PENDING' },
  ]),
};
const field = (id: string) => document.getElementById(id) as HTMLInputElement;

describe('employer pages', () => {
  it('validates a new employer in the browser, then shows the server’s field errors', async () => {
    const fetchMock = fakeServer({
      'GET /api/identity/me': json(admin),
      'POST /api/employers': problem(400, 'validation', 'Invalid request', {
        errors: [{ field: 'billingEmail', message: 'must be a well-formed email address' }],
      }),
    });
    renderApp('/admin/employers/new');
    await screen.findByTestId('employer-form');

    await userEvent.click(screen.getByTestId('save-employer'));
    expect(document.getElementById('employer-legal-name-error')).toHaveTextContent('Enter the legal name.');
    expect(field('employer-legal-name')).toHaveFocus();
    expect(calledPaths(fetchMock)).not.toContain('POST /api/employers');

    await userEvent.type(field('employer-legal-name'), 'Desert Bloom Bakery LLC');
    await userEvent.type(field('employer-display-name'), 'Desert Bloom');
    await userEvent.type(field('employer-contact-name'), 'Lee Ortiz');
    await userEvent.type(field('employer-contact-email'), 'lee@desertbloom.example');
    await userEvent.type(field('employer-billing-email'), 'billing@desertbloom.example');
    await userEvent.click(screen.getByTestId('save-employer'));

    await waitFor(() =>
      expect(document.getElementById('employer-billing-email-error')).toHaveTextContent('must be a well-formed email address'),
    );
  });

  it('opens the new employer after it is created', async () => {
    fakeServer({
      'GET /api/identity/me': json(admin),
      'POST /api/employers': json(detail, 201),
      [`GET ${BASE}`]: json(detail),
      ...accessRoutes,
    });
    renderApp('/admin/employers/new');
    await screen.findByTestId('employer-form');
    await userEvent.type(field('employer-legal-name'), 'Desert Bloom Bakery LLC');
    await userEvent.type(field('employer-display-name'), 'Desert Bloom');
    await userEvent.type(field('employer-contact-name'), 'Lee Ortiz');
    await userEvent.type(field('employer-contact-email'), 'lee@desertbloom.example');
    await userEvent.type(field('employer-billing-email'), 'billing@desertbloom.example');
    await userEvent.click(screen.getByTestId('save-employer'));

    expect(await screen.findByRole('heading', { level: 1, name: 'Desert Bloom' })).toBeInTheDocument();
    expect(screen.getByText('lee@desertbloom.example')).toBeInTheDocument();
  });

  it('suspends an employer after explaining what that does', async () => {
    const fetchMock = fakeServer({
      'GET /api/identity/me': json(admin),
      [`GET ${BASE}`]: json(detail),
      [`POST ${BASE}/suspend`]: json({ ...detail, status: 'SUSPENDED' }),
      ...accessRoutes,
    });
    renderApp('/admin/employers/e7');
    await userEvent.click(await screen.findByTestId('suspend-employer'));

    expect(screen.getByRole('group', { name: 'Suspend Desert Bloom?' })).toHaveTextContent(
      'HR admins cannot sign in and nobody can enroll; no one’s care data is deleted.',
    );
    expect(calledPaths(fetchMock)).not.toContain(`POST ${BASE}/suspend`);
    await userEvent.click(screen.getByTestId('confirm-action'));

    await waitFor(() => expect(screen.getByTestId('employer-status')).toHaveTextContent('Suspended'));
    expect(screen.getByTestId('reactivate-employer')).toBeInTheDocument();
  });

  it('invites an HR admin and shows the one-time link once', async () => {
    fakeServer({
      'GET /api/identity/me': json(admin),
      [`GET ${BASE}`]: json(detail),
      ...accessRoutes,
      [`POST ${BASE}/invitations`]: json(
        { id: 'i2', email: 'sam@desertbloom.example', displayName: 'Sam', expiresAt: '2026-11-08T09:00:00Z', acceptPath: '/invitations/secret-token' },
        201,
      ),
    });
    renderApp('/admin/employers/e7');
    const invitations = await screen.findByRole('table', { name: 'Invitations to become an HR admin' });
    expect(within(invitations).getByRole('row', { name: /jo@desertbloom.example/ })).toHaveTextContent('Waiting');

    await userEvent.type(field('invite-email'), 'sam@desertbloom.example');
    await userEvent.type(field('invite-name'), 'Sam');
    await userEvent.click(screen.getByTestId('send-invitation'));

    const link = await screen.findByTestId('invitation-link');
    expect(link).toHaveValue(`${window.location.origin}/invitations/secret-token`);
    expect(link).toHaveAttribute('readonly');
    expect(screen.getByTestId('invitation-created')).toHaveTextContent('it is shown only once');
    expect(field('invite-email')).toHaveValue('');
  });

  it('links each employer from the home table and offers to add one', async () => {
    fakeServer({
      'GET /api/identity/me': json(admin),
      'GET /api/employers': json([{ id: 'e7', legalName: 'Desert Bloom Bakery LLC', displayName: 'Desert Bloom', status: 'ACTIVE', hrAdminCount: 1 }]),
      'GET /api/providers': json([]),
    });
    renderApp('/admin');
    expect(await screen.findByRole('link', { name: 'Desert Bloom' })).toHaveAttribute('href', '/admin/employers/e7');
    expect(screen.getByTestId('add-employer')).toHaveAttribute('href', '/admin/employers/new');
  });
});
