import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { configureApiClient } from '../../../lib/api-client';
import { LOCALE_STORAGE_KEY } from '../../../lib/i18n';
import { calledPaths, fakeServer, json, problem } from '../../../test/fake-server';
import { renderApp } from '../../../test/render-app';

beforeEach(() => configureApiClient({ onUnauthorized: () => {} }));

const signedOut = {
  'GET /api/identity/me': problem(401, 'unauthorized', 'Unauthorized'),
  'POST /api/identity/sessions/refresh': problem(401, 'unauthorized', 'Unauthorized'),
};
const preview = {
  email: 'elena@clinic.example',
  displayName: 'Dr. Elena Ruiz',
  kind: 'PSYCHOTHERAPIST',
  expiresAt: '2026-11-10T12:00:00Z',
};
const field = (id: string) => document.getElementById(id) as HTMLInputElement;

async function openInvitation(routes: Parameters<typeof fakeServer>[0]) {
  const fetchMock = fakeServer({ ...signedOut, 'GET /api/provider-invitations/tok-9': json(preview), ...routes });
  renderApp('/invitations/provider/tok-9');
  await screen.findByTestId('invitation-heading');
  return fetchMock;
}

describe('provider invitation page', () => {
  it('welcomes the invited psychotherapist to the network, with the e-mail address', async () => {
    const fetchMock = await openInvitation({});
    expect(screen.getByTestId('invitation-heading')).toHaveTextContent('Join the KAP Benefit Portal provider network');
    expect(screen.getByText(/invited to join as a psychotherapist/)).toHaveTextContent('Hello, Dr. Elena Ruiz.');
    expect(screen.getByTestId('invitation-email')).toHaveTextContent('elena@clinic.example');
    expect(calledPaths(fetchMock)).not.toContain('GET /api/invitations/tok-9');
  });

  it('checks the password in the browser, as for HR invitations', async () => {
    const fetchMock = await openInvitation({});
    await userEvent.type(field('invitation-password'), 'short');
    await userEvent.type(field('invitation-password-confirm'), 'short');
    await userEvent.click(screen.getByTestId('accept-invitation'));
    expect(document.getElementById('invitation-password-error')).toHaveTextContent('Use at least 12 characters.');
    expect(calledPaths(fetchMock).some((call) => call.includes('/accept'))).toBe(false);
  });

  it('creates the account and points to sign in and to completing the profile', async () => {
    const fetchMock = await openInvitation({
      'POST /api/provider-invitations/tok-9/accept': json({ email: 'elena@clinic.example' }, 201),
    });
    await userEvent.type(field('invitation-password'), 'desert light at dawn');
    await userEvent.type(field('invitation-password-confirm'), 'desert light at dawn');
    await userEvent.click(screen.getByTestId('accept-invitation'));

    expect(await screen.findByTestId('invitation-accepted')).toHaveTextContent('Your account is ready');
    expect(screen.getByTestId('invitation-next-step')).toHaveTextContent('complete your profile and add your licenses');
    expect(screen.getByTestId('go-sign-in')).toHaveAttribute('href', '/sign-in');
    const accept = fetchMock.mock.calls.find(([path]) => String(path).endsWith('/accept'));
    expect(String(accept?.[0])).toBe('/api/provider-invitations/tok-9/accept');
    expect(JSON.parse(String(accept?.[1]?.body))).toEqual({ password: 'desert light at dawn' });
  });

  it('is kind about a link that no longer works', async () => {
    fakeServer({
      ...signedOut,
      'GET /api/provider-invitations/old': problem(404, 'invitation-invalid', 'Invitation not valid'),
    });
    renderApp('/invitations/provider/old');
    expect(await screen.findByTestId('invitation-invalid')).toHaveTextContent('This invitation link does not work');
  });

  it('speaks Spanish to an invited prescriber', async () => {
    window.localStorage.setItem(LOCALE_STORAGE_KEY, 'es');
    await openInvitation({ 'GET /api/provider-invitations/tok-9': json({ ...preview, kind: 'PRESCRIBER' }) });
    await waitFor(() =>
      expect(screen.getByText(/Te invitaron a unirte como profesional que receta/)).toBeInTheDocument(),
    );
  });
});
