import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { configureApiClient } from '../../../lib/api-client';
import { calledPaths, fakeServer, json, problem } from '../../../test/fake-server';
import { renderApp } from '../../../test/render-app';

beforeEach(() => configureApiClient({ onUnauthorized: () => {} }));

const admin = { id: 'a1', role: 'PLATFORM_ADMIN', displayName: 'Pat Operator', employer: null };
const invitation = (id: string, status: string, extra: Record<string, unknown> = {}) => ({
  id,
  email: `${id}@clinic.example`,
  displayName: 'Dr. Elena Ruiz',
  kind: 'PSYCHOTHERAPIST',
  createdAt: '2026-11-01T10:00:00Z',
  expiresAt: '2026-11-08T10:00:00Z',
  status,
  ...extra,
});
const LIST = 'GET /api/providers/invitations';
const field = (id: string) => document.getElementById(id) as HTMLInputElement;

describe('provider invitations', () => {
  it('is reached from the operator’s home and navigation', async () => {
    fakeServer({
      'GET /api/identity/me': json(admin),
      'GET /api/employers': json([]),
      'GET /api/providers': json([]),
      [LIST]: json([]),
    });
    renderApp('/admin');
    const nav = await screen.findByRole('navigation', { name: 'Main' });
    expect(await within(nav).findByRole('link', { name: 'Provider invitations' })).toHaveAttribute('href', '/admin/providers');
    await userEvent.click(await screen.findByTestId('invite-provider'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Provider invitations' })).toBeInTheDocument();
    expect(await screen.findByText('No provider invitations yet.')).toBeInTheDocument();
  });

  it('checks the form in the browser without calling the server', async () => {
    const fetchMock = fakeServer({ 'GET /api/identity/me': json(admin), [LIST]: json([]) });
    renderApp('/admin/providers');
    await userEvent.click(await screen.findByTestId('send-provider-invitation'));
    expect(document.getElementById('provider-invite-email-error')).toHaveTextContent('Enter their e-mail address.');
    expect(document.getElementById('provider-invite-name-error')).toHaveTextContent('Enter their name.');
    expect(document.getElementById('provider-invite-kind-error')).toHaveTextContent(
      'Choose whether they are a psychotherapist or a prescriber.',
    );
    expect(field('provider-invite-email')).toHaveFocus();

    await userEvent.type(field('provider-invite-email'), 'not-an-address');
    await userEvent.click(screen.getByTestId('send-provider-invitation'));
    expect(document.getElementById('provider-invite-email-error')).toHaveTextContent('Enter an e-mail address like name@example.com.');
    expect(calledPaths(fetchMock)).not.toContain('POST /api/providers/invitations');
  });

  it('creates an invitation, shows its link once and lists it', async () => {
    let sent: unknown;
    let listed = [invitation('old', 'ACCEPTED')];
    const fetchMock = fakeServer({
      'GET /api/identity/me': json(admin),
      [LIST]: () => json(listed),
      'POST /api/providers/invitations': (init) => {
        sent = JSON.parse(String(init?.body));
        listed = [invitation('new', 'PENDING'), ...listed];
        return json(
          {
            id: 'new',
            email: 'elena@clinic.example',
            displayName: 'Dr. Elena Ruiz',
            kind: 'PSYCHOTHERAPIST',
            expiresAt: '2026-11-08T10:00:00Z',
            acceptPath: '/invitations/provider/tok-abc',
          },
          201,
        );
      },
    });
    renderApp('/admin/providers');
    await userEvent.type(await screen.findByLabelText('Their e-mail address'), ' elena@clinic.example ');
    await userEvent.type(field('provider-invite-name'), 'Dr. Elena Ruiz');
    await userEvent.selectOptions(field('provider-invite-kind'), 'PSYCHOTHERAPIST');
    await userEvent.click(screen.getByTestId('send-provider-invitation'));

    expect(await screen.findByTestId('invitation-link')).toHaveValue(`${window.location.origin}/invitations/provider/tok-abc`);
    expect(screen.getByTestId('invitation-created')).toHaveTextContent('Invitation created for elena@clinic.example');
    expect(screen.getByTestId('copy-invitation-link')).toBeInTheDocument();
    expect(sent).toEqual({ email: 'elena@clinic.example', displayName: 'Dr. Elena Ruiz', kind: 'PSYCHOTHERAPIST' });
    expect(field('provider-invite-email')).toHaveValue('');
    await waitFor(() => expect(calledPaths(fetchMock).filter((path) => path === LIST)).toHaveLength(2));
    const table = await screen.findByRole('table', { name: 'Invitations to join the provider network' });
    expect(await within(table).findByTestId('provider-invitation-status-new')).toHaveTextContent('Waiting');
  });

  it('explains that an account with the e-mail exists (409)', async () => {
    fakeServer({
      'GET /api/identity/me': json(admin),
      [LIST]: json([]),
      'POST /api/providers/invitations': problem(409, 'conflict', 'Conflict'),
    });
    renderApp('/admin/providers');
    await userEvent.type(await screen.findByLabelText('Their e-mail address'), 'elena@clinic.example');
    await userEvent.type(field('provider-invite-name'), 'Dr. Elena Ruiz');
    await userEvent.selectOptions(field('provider-invite-kind'), 'PRESCRIBER');
    await userEvent.click(screen.getByTestId('send-provider-invitation'));
    expect(await screen.findByTestId('form-problem')).toHaveTextContent('An account with this e-mail address already exists.');
    expect(screen.queryByTestId('invitation-link')).not.toBeInTheDocument();
  });

  it('revokes only pending invitations, after a confirm', async () => {
    let listed = [invitation('p1', 'PENDING'), invitation('a1', 'ACCEPTED', { kind: 'PRESCRIBER' })];
    const fetchMock = fakeServer({
      'GET /api/identity/me': json(admin),
      [LIST]: () => json(listed),
      'DELETE /api/providers/invitations/p1': () => {
        listed = [invitation('p1', 'REVOKED'), listed[1] as ReturnType<typeof invitation>];
        return { status: 204 };
      },
    });
    renderApp('/admin/providers');
    const table = await screen.findByRole('table', { name: 'Invitations to join the provider network' });
    expect(within(table).getByRole('row', { name: /a1@clinic.example/ })).toHaveTextContent('Prescriber');
    expect(within(table).queryByTestId('revoke-provider-invitation-a1')).not.toBeInTheDocument();

    await userEvent.click(within(table).getByTestId('revoke-provider-invitation-p1'));
    expect(calledPaths(fetchMock)).not.toContain('DELETE /api/providers/invitations/p1');
    await userEvent.click(screen.getByTestId('confirm-action'));
    expect(await screen.findByTestId('provider-invitation-status-p1')).toHaveTextContent('Revoked');
    expect(calledPaths(fetchMock)).toContain('DELETE /api/providers/invitations/p1');
  });
});
