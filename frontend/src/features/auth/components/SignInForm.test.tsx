import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { configureApiClient } from '../../../lib/api-client';
import { calledPaths, fakeServer, json, problem } from '../../../test/fake-server';
import { renderApp } from '../../../test/render-app';

const signedOut = {
  'GET /api/identity/me': problem(401, 'unauthorized', 'Unauthorized'),
  'POST /api/identity/sessions/refresh': problem(401, 'unauthorized', 'Unauthorized'),
};

const member = { id: 'm1', role: 'MEMBER', displayName: 'Quiet Heron', employer: { id: 'e1', displayName: 'Sierra Soap Works' } };

beforeEach(() => configureApiClient({ onUnauthorized: () => {} }));

async function openSignIn() {
  renderApp('/sign-in');
  await screen.findByTestId('sign-in-heading');
}

describe('sign-in form', () => {
  it('explains empty fields under each field without contacting the server', async () => {
    const fetchMock = fakeServer(signedOut);
    await openSignIn();
    const callsBefore = fetchMock.mock.calls.length;

    await userEvent.click(screen.getByTestId('sign-in-submit'));

    const email = screen.getByLabelText('E-mail address');
    const password = screen.getByLabelText('Password');
    expect(document.getElementById('email-error')).toHaveTextContent('Enter your e-mail address.');
    expect(document.getElementById('password-error')).toHaveTextContent('Enter your password.');
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(email).toHaveAccessibleDescription('Enter your e-mail address.');
    expect(password).toHaveAccessibleDescription('Enter your password.');
    expect(email).toHaveFocus();
    expect(fetchMock.mock.calls.length).toBe(callsBefore);
  });

  it('refuses a malformed e-mail address without contacting the server', async () => {
    const fetchMock = fakeServer(signedOut);
    await openSignIn();
    const callsBefore = fetchMock.mock.calls.length;

    await userEvent.type(screen.getByLabelText('E-mail address'), 'member-at-kap.example');
    await userEvent.type(screen.getByLabelText('Password'), 'KapDemo!2026');
    await userEvent.click(screen.getByTestId('sign-in-submit'));

    expect(document.getElementById('email-error')).toHaveTextContent('Enter an e-mail address like name@example.com.');
    expect(document.getElementById('password-error')).toBeNull();
    expect(fetchMock.mock.calls.length).toBe(callsBefore);
  });

  it('clears a field’s message once the person corrects it', async () => {
    fakeServer(signedOut);
    await openSignIn();
    await userEvent.click(screen.getByTestId('sign-in-submit'));

    await userEvent.type(screen.getByLabelText('E-mail address'), 'm');

    expect(document.getElementById('email-error')).toBeNull();
    expect(document.getElementById('password-error')).toBeInTheDocument();
  });

  it('shows wrong credentials in an announced alert', async () => {
    fakeServer({
      ...signedOut,
      'POST /api/identity/sessions': problem(401, 'invalid-credentials', 'Invalid credentials'),
    });
    await openSignIn();

    await userEvent.type(screen.getByLabelText('E-mail address'), 'member@kap.example');
    await userEvent.type(screen.getByLabelText('Password'), 'wrong');
    await userEvent.click(screen.getByTestId('sign-in-submit'));

    const alert = await screen.findByTestId('form-problem');
    expect(alert).toHaveAttribute('role', 'alert');
    expect(alert).toHaveTextContent('The e-mail address or password is not right.');
    expect(screen.getByTestId('sign-in-heading')).toBeInTheDocument();
  });

  it('tells how long to wait after too many attempts', async () => {
    fakeServer({
      ...signedOut,
      'POST /api/identity/sessions': {
        ...problem(429, 'too-many-sign-in-attempts', 'Too many sign-in attempts'),
        headers: { 'Content-Type': 'application/problem+json', 'Retry-After': '600' },
      },
    });
    await openSignIn();

    await userEvent.type(screen.getByLabelText('E-mail address'), 'member@kap.example');
    await userEvent.type(screen.getByLabelText('Password'), 'x');
    await userEvent.click(screen.getByTestId('sign-in-submit'));

    expect(await screen.findByTestId('form-problem')).toHaveTextContent('please wait 10 minutes');
  });

  it('shows the server’s field errors under the fields', async () => {
    fakeServer({
      ...signedOut,
      'POST /api/identity/sessions': problem(400, 'validation', 'Invalid request', {
        errors: [{ field: 'email', message: 'must be a well-formed email address' }],
      }),
    });
    await openSignIn();

    await userEvent.type(screen.getByLabelText('E-mail address'), 'odd@example.c0m');
    await userEvent.type(screen.getByLabelText('Password'), 'x');
    await userEvent.click(screen.getByTestId('sign-in-submit'));

    await waitFor(() =>
      expect(document.getElementById('email-error')).toHaveTextContent('must be a well-formed email address'),
    );
    expect(screen.getByTestId('form-problem')).toHaveTextContent('Please correct the fields marked below.');
  });

  it('shows what the server said for a problem it has no wording for', async () => {
    fakeServer({
      ...signedOut,
      'POST /api/identity/sessions': problem(403, 'forbidden', 'Forbidden', { detail: 'Sign-in is closed today.' }),
    });
    await openSignIn();

    await userEvent.type(screen.getByLabelText('E-mail address'), 'member@kap.example');
    await userEvent.type(screen.getByLabelText('Password'), 'x');
    await userEvent.click(screen.getByTestId('sign-in-submit'));

    expect(await screen.findByTestId('form-problem')).toHaveTextContent('Sign-in is closed today.');
  });

  it('signs in with the trimmed e-mail and lands on the member’s home', async () => {
    const fetchMock = fakeServer({
      ...signedOut,
      'POST /api/identity/sessions': json({ user: member }),
      'GET /api/journey/me': json({ pseudonym: 'Quiet Heron', sponsorDisplayName: 'Sierra Soap Works', steps: [] }),
    });
    await openSignIn();

    await userEvent.type(screen.getByLabelText('E-mail address'), '  member@kap.example ');
    await userEvent.type(screen.getByLabelText('Password'), 'KapDemo!2026');
    await userEvent.click(screen.getByTestId('sign-in-submit'));

    expect(await screen.findByTestId('home-heading')).toHaveTextContent('Your journey');
    const signInCall = fetchMock.mock.calls.find(([, init]) => init?.method === 'POST' && init.body);
    expect(JSON.parse(String(signInCall?.[1]?.body))).toEqual({ email: 'member@kap.example', password: 'KapDemo!2026' });
    // The journey is fetched from an effect that may run just after the heading appears.
    await waitFor(() => expect(calledPaths(fetchMock)).toContain('GET /api/journey/me'));
  });
});
