import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { configureApiClient } from '../../../lib/api-client';
import { LOCALE_STORAGE_KEY } from '../../../lib/i18n';
import { fakeServer, json, problem } from '../../../test/fake-server';
import { renderApp } from '../../../test/render-app';

beforeEach(() => configureApiClient({ onUnauthorized: () => {} }));

const signedOut = {
  'GET /api/identity/me': problem(401, 'unauthorized', 'Unauthorized'),
  'POST /api/identity/sessions/refresh': problem(401, 'unauthorized', 'Unauthorized'),
  'GET /api/enrolment/pseudonym-suggestions': json({ suggestions: ['Quiet Heron'] }),
};

describe('welcome page', () => {
  it('explains the benefit in plain English, without signing in, and offers to enroll', async () => {
    fakeServer(signedOut);
    renderApp('/welcome');

    expect(await screen.findByTestId('welcome-heading')).toHaveTextContent(
      'Ketamine-assisted psychotherapy, offered by your employer',
    );
    const main = screen.getByRole('main');
    expect(main).toHaveTextContent('psychotherapy supported by a low dose of ketamine, prescribed by a medical provider');
    expect(main).toHaveTextContent('It is not a recreational experience.');
    expect(main).toHaveTextContent('It is not a quick fix.');
    expect(main).toHaveTextContent('It is not for everyone.');
    expect(main).toHaveTextContent('Nothing else happens before this.');
    expect(main).toHaveTextContent('Nobody is required to take any medicine.');
    expect(main).toHaveTextContent('the least medicine for the most benefit');
    expect(main).toHaveTextContent('USD 500–1,500 a session');
    expect(main).toHaveTextContent('Esketamine as a nasal spray');
    expect(main).toHaveTextContent('up to 18 hours of support from a psychotherapist');
    expect(screen.getByTestId('welcome-privacy')).toHaveTextContent('Your employer never learns whether you enrolled.');
    expect(screen.getByTestId('welcome-privacy')).toHaveTextContent('groups of 11 or more people');
    expect(screen.getByTestId('welcome-states')).toHaveTextContent('California, New York, Utah or Vermont');

    const steps = within(screen.getByTestId('welcome-steps')).getAllByRole('listitem');
    expect(steps.map((step) => step.getAttribute('data-step'))).toEqual([
      'enrol', 'questionnaires', 'assessment', 'preparation', 'medicine', 'integration', 'followUp',
    ]);
    expect(steps[4]).toHaveTextContent('Medicine sessions (2½ hours each)');
    expect(steps[4]).toHaveTextContent('at home in your own bed with a sober sitter you choose');
    expect(steps[5]).toHaveTextContent('Within 4 days after each medicine session');

    const crisis = screen.getByTestId('crisis-resources');
    expect(within(crisis).getByRole('link', { name: 'Call 988' })).toHaveAttribute('href', 'tel:988');
    expect(within(crisis).getByRole('link', { name: 'Text 988' })).toHaveAttribute('href', 'sms:988');
    expect(within(crisis).getByRole('link', { name: 'Call 911' })).toHaveAttribute('href', 'tel:911');

    const start = screen.getByTestId('start-enrolment');
    expect(start).toHaveTextContent('Enroll');
    expect(start).toHaveAttribute('href', '/enrol');
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(await within(nav).findByRole('link', { name: 'About the benefit' })).toHaveAttribute('aria-current', 'page');
  });

  it('speaks Spanish to a Spanish-speaking visitor', async () => {
    window.localStorage.setItem(LOCALE_STORAGE_KEY, 'es');
    fakeServer(signedOut);
    renderApp('/welcome');

    expect(await screen.findByTestId('welcome-heading')).toHaveTextContent(
      'Psicoterapia asistida con ketamina, un beneficio de tu empleador',
    );
    const main = screen.getByRole('main');
    expect(main).toHaveTextContent('No es una experiencia recreativa.');
    expect(main).toHaveTextContent('Nadie está obligado a tomar ningún medicamento.');
    expect(main).toHaveTextContent('hasta 18 horas de acompañamiento');
    expect(screen.getByTestId('welcome-privacy')).toHaveTextContent('Tu empleador nunca se entera de si te inscribiste.');
    expect(screen.getByTestId('welcome-states')).toHaveTextContent('California, Nueva York, Utah o Vermont');
    expect(screen.getByTestId('crisis-resources')).toHaveTextContent('Llamar al 988');
    expect(screen.getByTestId('start-enrolment')).toHaveTextContent('Inscribirme');
    expect(screen.getByRole('link', { name: 'Sobre el beneficio' })).toHaveAttribute('href', '/welcome');
  });

  it('takes the visitor to the enrollment form', async () => {
    fakeServer(signedOut);
    renderApp('/welcome');
    await userEvent.click(await screen.findByTestId('start-enrolment'));
    expect(await screen.findByTestId('enrolment-heading')).toHaveTextContent('Enroll in the benefit');
  });

  it('is linked from the sign-in page', async () => {
    fakeServer(signedOut);
    renderApp('/sign-in');
    await screen.findByTestId('sign-in-heading');
    expect(screen.getByRole('link', { name: 'Learn about the benefit and enroll' })).toHaveAttribute('href', '/welcome');
  });
});
