import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { configureApiClient } from '../lib/api-client';
import { LOCALE_STORAGE_KEY } from '../lib/i18n';
import { fakeServer, json, problem } from '../test/fake-server';
import { renderApp } from '../test/render-app';

const signedOut = {
  'GET /api/identity/me': problem(401, 'unauthorized', 'Unauthorized'),
  'POST /api/identity/sessions/refresh': problem(401, 'unauthorized', 'Unauthorized'),
};

beforeEach(() => configureApiClient({ onUnauthorized: () => {} }));

describe('language switch', () => {
  it('turns the page into Spanish and remembers the choice for the next visit', async () => {
    fakeServer(signedOut);
    const { unmount } = renderApp('/sign-in');
    expect(await screen.findByTestId('sign-in-heading')).toHaveTextContent('Sign in');

    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'es');

    expect(screen.getByTestId('sign-in-heading')).toHaveTextContent('Iniciar sesión');
    expect(screen.getByLabelText('Correo electrónico')).toHaveAttribute('id', 'email');
    expect(screen.getByTestId('sign-in-submit')).toHaveTextContent('Iniciar sesión');
    expect(screen.getByRole('combobox', { name: 'Idioma' })).toHaveValue('es');
    expect(document.documentElement.lang).toBe('es');
    expect(window.localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('es');

    unmount();
    renderApp('/sign-in');
    expect(await screen.findByTestId('sign-in-heading')).toHaveTextContent('Iniciar sesión');
  });

  it('re-words validation messages already on screen', async () => {
    fakeServer(signedOut);
    renderApp('/sign-in');
    await userEvent.click(await screen.findByTestId('sign-in-submit'));
    expect(document.getElementById('email-error')).toHaveTextContent('Enter your e-mail address.');

    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'es');

    expect(document.getElementById('email-error')).toHaveTextContent('Escribe tu correo electrónico.');
  });

  it('offers English and Español by their own names', async () => {
    fakeServer(signedOut);
    renderApp('/privacy');
    const select = await screen.findByRole('combobox', { name: 'Language' });
    expect([...(select as HTMLSelectElement).options].map((o) => [o.value, o.text])).toEqual([
      ['en', 'English'],
      ['es', 'Español'],
    ]);
  });

  it('shows a role home heading in Spanish', async () => {
    window.localStorage.setItem(LOCALE_STORAGE_KEY, 'es');
    fakeServer({
      'GET /api/identity/me': json({ id: 'p1', role: 'PROVIDER', displayName: 'Dr. Ana Ruiz', employer: null }),
      'GET /api/providers/me': json({
        id: 'p1', displayName: 'Dr. Ana Ruiz', kind: 'PSYCHOTHERAPIST', credentials: 'LMFT',
        languages: ['en', 'es'], timeZone: 'America/Los_Angeles', licences: [],
      }),
    });
    renderApp('/provider');
    expect(await screen.findByTestId('home-heading')).toHaveTextContent('Tu consulta');
    expect(await screen.findByText('inglés y español')).toBeInTheDocument();
  });
});
