import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { configureApiClient } from '../../../lib/api-client';
import { calledPaths, fakeServer, json, problem } from '../../../test/fake-server';
import { renderApp } from '../../../test/render-app';

beforeEach(() => configureApiClient({ onUnauthorized: () => {} }));

const signedOut = {
  'GET /api/identity/me': problem(401, 'unauthorized', 'Unauthorized'),
  'POST /api/identity/sessions/refresh': problem(401, 'unauthorized', 'Unauthorized'),
};
const preview = {
  employerDisplayName: 'Sierra Soap Works',
  email: 'jo@sierrasoap.example',
  displayName: 'Jo Rivera',
  expiresAt: '2026-11-10T12:00:00Z',
};
const field = (id: string) => document.getElementById(id) as HTMLInputElement;

async function openInvitation(routes: Parameters<typeof fakeServer>[0]) {
  const fetchMock = fakeServer({ ...signedOut, 'GET /api/invitations/tok-123': json(preview), ...routes });
  renderApp('/invitations/tok-123');
  await screen.findByTestId('invitation-heading');
  return fetchMock;
}

describe('invitation page', () => {
  it('welcomes the invited person to their employer, with the e-mail address', async () => {
    await openInvitation({});
    expect(screen.getByTestId('invitation-heading')).toHaveTextContent('Join Sierra Soap Works on KAP Benefit Portal');
    expect(screen.getByTestId('invitation-email')).toHaveTextContent('jo@sierrasoap.example');
  });

  it('refuses passwords that do not match, without calling the server', async () => {
    const fetchMock = await openInvitation({});
    await userEvent.type(field('invitation-password'), 'a long enough passphrase');
    await userEvent.type(field('invitation-password-confirm'), 'a long enough passphrase!');
    await userEvent.click(screen.getByTestId('accept-invitation'));

    expect(document.getElementById('invitation-password-confirm-error')).toHaveTextContent('The two passwords are not the same.');
    expect(field('invitation-password-confirm')).toHaveAccessibleDescription('The two passwords are not the same.');
    expect(document.getElementById('invitation-password-error')).toBeNull();
    expect(calledPaths(fetchMock).some((call) => call.includes('/accept'))).toBe(false);
  });

  it('asks for at least 12 characters', async () => {
    await openInvitation({});
    await userEvent.type(field('invitation-password'), 'short');
    await userEvent.type(field('invitation-password-confirm'), 'short');
    await userEvent.click(screen.getByTestId('accept-invitation'));
    expect(document.getElementById('invitation-password-error')).toHaveTextContent('Use at least 12 characters.');
  });

  it('creates the account and points to sign in', async () => {
    const fetchMock = await openInvitation({
      'POST /api/invitations/tok-123/accept': json({ email: 'jo@sierrasoap.example' }, 201),
    });
    await userEvent.type(field('invitation-password'), 'soap bubbles at dawn');
    await userEvent.type(field('invitation-password-confirm'), 'soap bubbles at dawn');
    await userEvent.click(screen.getByTestId('accept-invitation'));

    expect(await screen.findByTestId('invitation-accepted')).toHaveTextContent('Your account is ready');
    expect(screen.getByTestId('go-sign-in')).toHaveAttribute('href', '/sign-in');
    const accept = fetchMock.mock.calls.find(([path]) => String(path).endsWith('/accept'));
    expect(JSON.parse(String(accept?.[1]?.body))).toEqual({ password: 'soap bubbles at dawn' });
  });

  it('is kind about a link that no longer works', async () => {
    fakeServer({
      ...signedOut,
      'GET /api/invitations/old': problem(404, 'invitation-invalid', 'Invitation not valid'),
    });
    renderApp('/invitations/old');
    expect(await screen.findByTestId('invitation-invalid')).toHaveTextContent('This invitation link does not work');
    expect(screen.getByText('Please ask the person who invited you for a new link.')).toBeInTheDocument();
  });

  it('turns to the same kind message when the link stops working while the form is open', async () => {
    await openInvitation({
      'POST /api/invitations/tok-123/accept': problem(404, 'invitation-invalid', 'Invitation not valid'),
    });
    await userEvent.type(field('invitation-password'), 'soap bubbles at dawn');
    await userEvent.type(field('invitation-password-confirm'), 'soap bubbles at dawn');
    await userEvent.click(screen.getByTestId('accept-invitation'));
    await waitFor(() => expect(screen.getByTestId('invitation-invalid')).toBeInTheDocument());
  });
});
