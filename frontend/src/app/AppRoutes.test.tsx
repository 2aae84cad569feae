import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { configureApiClient } from '../lib/api-client';
import { calledPaths, fakeServer, json, problem } from '../test/fake-server';
import { renderApp } from '../test/render-app';

beforeEach(() => configureApiClient({ onUnauthorized: () => {} }));

const me = {
  admin: { id: 'a1', role: 'PLATFORM_ADMIN', displayName: 'Pat Operator', employer: null },
  hr: { id: 'h1', role: 'HR_ADMIN', displayName: 'Robin HR', employer: { id: 'e1', displayName: 'Sierra Soap Works' } },
  member: { id: 'm1', role: 'MEMBER', displayName: 'Quiet Heron', employer: { id: 'e1', displayName: 'Sierra Soap Works' } },
  provider: { id: 'p1', role: 'PROVIDER', displayName: 'Dr. Ana Ruiz', employer: null },
};

const STEP_KEYS = ['eligibility', 'enrolment', 'consent', 'screening', 'clearance', 'routing', 'care', 'follow-up'];
const journey = {
  pseudonym: 'Quiet Heron',
  sponsorDisplayName: 'Sierra Soap Works',
  steps: STEP_KEYS.map((key, i) => ({ key, status: i < 3 ? 'DONE' : i === 3 ? 'CURRENT' : 'UPCOMING' })),
};

describe('role homes', () => {
  it('sends a visitor who is not signed in from / to the sign-in page', async () => {
    fakeServer({
      'GET /api/identity/me': problem(401, 'unauthorized', 'Unauthorized'),
      'POST /api/identity/sessions/refresh': problem(401, 'unauthorized', 'Unauthorized'),
    });
    renderApp('/');
    expect(await screen.findByTestId('sign-in-heading')).toBeInTheDocument();
  });

  it('shows a member their journey, step by step, in words', async () => {
    fakeServer({ 'GET /api/identity/me': json(me.member), 'GET /api/journey/me': json(journey) });
    renderApp('/');

    expect(await screen.findByTestId('home-heading')).toHaveTextContent('Your journey');
    expect(screen.getByRole('main')).toHaveAttribute('data-role', 'MEMBER');
    expect(await screen.findByText(/Hello, Quiet Heron\./)).toHaveTextContent('sponsored by Sierra Soap Works');

    const steps = within(screen.getByRole('list', { name: 'Your steps' })).getAllByRole('listitem');
    expect(steps).toHaveLength(8);
    expect(steps[0]).toHaveTextContent('Eligibility');
    expect(steps[0]).toHaveTextContent('Done');
    expect(steps[3]).toHaveTextContent('Screening');
    expect(steps[3]).toHaveTextContent('You are here');
    expect(steps[3]).toHaveAttribute('aria-current', 'step');
    expect(steps[7]).toHaveTextContent('Follow-up');
    expect(steps[7]).toHaveTextContent('Coming up');
    expect(screen.getByTestId('next-step-link')).toHaveAttribute('href', '/member/screening');
    expect(screen.getByTestId('next-step-link')).toHaveTextContent('Start the questionnaires');
  });

  it('keeps crisis resources on the member page even when the journey cannot load', async () => {
    fakeServer({ 'GET /api/identity/me': json(me.member), 'GET /api/journey/me': problem(500, 'internal', 'Internal') });
    renderApp('/member');

    const crisis = await screen.findByTestId('crisis-resources');
    expect(crisis).toHaveTextContent(
      'If you are thinking about harming yourself, call or text 988 (Suicide & Crisis Lifeline), or call 911 in an emergency.',
    );
    expect(within(crisis).getByRole('link', { name: 'Call 988' })).toHaveAttribute('href', 'tel:988');
    expect(within(crisis).getByRole('link', { name: 'Call 911' })).toHaveAttribute('href', 'tel:911');
    expect(await screen.findByRole('alert')).toHaveTextContent('This information could not be loaded.');
  });

  it('shows an HR admin their employer and the privacy promise, and nothing per person', async () => {
    fakeServer({
      'GET /api/identity/me': json(me.hr),
      'GET /api/employers/current': json({ id: 'e1', legalName: 'Sierra Soap Works LLC', displayName: 'Sierra Soap Works', status: 'ACTIVE' }),
      'GET /api/sponsorship/programmes': json([]),
    });
    renderApp('/hr');

    expect(await screen.findByTestId('home-heading')).toHaveTextContent('Sierra Soap Works');
    expect(screen.getByRole('main')).toHaveAttribute('data-role', 'HR_ADMIN');
    expect(screen.getByTestId('privacy-promise')).toHaveTextContent(
      'You will see only totals of 11 or more people. You will never see who enrolled',
    );
    expect(await screen.findByText('Sierra Soap Works LLC')).toBeInTheDocument();
    const summary = screen.getByTestId('programmes-summary');
    expect(await within(summary).findByText('Active programmes: 0. Drafts: 0.')).toBeInTheDocument();
    expect(within(summary).getByRole('link', { name: 'See and manage your programmes' })).toHaveAttribute('href', '/hr/programmes');
    expect(within(screen.getByTestId('reports-card')).getByRole('link', { name: 'See the reports' })).toHaveAttribute(
      'href',
      '/hr/reports',
    );
  });

  it('offers an HR admin Home, Programmes, Reports, Team and Privacy', async () => {
    fakeServer({ 'GET /api/identity/me': json(me.hr), 'GET /api/sponsorship/programmes': json([]) });
    renderApp('/hr/programmes');

    const nav = await screen.findByRole('navigation', { name: 'Main' });
    await screen.findByText('You have no programmes yet. Create one to start offering the benefit.');
    const links = within(nav).getAllByRole('link');
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Home', '/hr'],
      ['Programmes', '/hr/programmes'],
      ['Reports', '/hr/reports'],
      ['Team', '/hr/team'],
      ['Privacy', '/privacy'],
    ]);
    expect(await within(nav).findByRole('link', { name: 'Programmes' })).toHaveAttribute('aria-current', 'page');
    expect(await within(nav).findByRole('link', { name: 'Home' })).not.toHaveAttribute('aria-current');
  });

  it('keeps HR pages from other roles, without asking the server for them', async () => {
    const fetchMock = fakeServer({ 'GET /api/identity/me': json(me.admin) });
    renderApp('/hr/programmes/p1/announcement');
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('You do not have access to this page');
    expect(calledPaths(fetchMock)).toEqual(['GET /api/identity/me']);
  });

  it('lists employers and providers for the platform operator', async () => {
    fakeServer({
      'GET /api/identity/me': json(me.admin),
      'GET /api/employers': json([
        { id: 'e1', legalName: 'Sierra Soap Works LLC', displayName: 'Sierra Soap Works', status: 'SUSPENDED', hrAdminCount: 2 },
      ]),
      'GET /api/providers': json([
        { id: 'p1', displayName: 'Dr. Ana Ruiz', kind: 'PRESCRIBER', languages: ['en', 'es'], timeZone: 'America/Los_Angeles', licensedStates: ['CA', 'NY'] },
      ]),
    });
    renderApp('/admin');

    expect(await screen.findByTestId('home-heading')).toHaveTextContent('Platform operations');
    const employers = await screen.findByRole('table', { name: 'Sponsoring employers' });
    expect(within(employers).getByRole('row', { name: /Sierra Soap Works LLC/ })).toHaveTextContent('Suspended');
    const providers = await screen.findByRole('table', { name: 'Providers in the network' });
    const row = within(providers).getByRole('row', { name: /Dr. Ana Ruiz/ });
    expect(row).toHaveTextContent('Prescriber');
    expect(row).toHaveTextContent('English and Spanish');
    expect(row).toHaveTextContent('CA, NY');
  });

  it('shows a provider their practice and licences', async () => {
    fakeServer({
      'GET /api/identity/me': json(me.provider),
      'GET /api/providers/me': json({
        id: 'p1', displayName: 'Dr. Ana Ruiz', kind: 'PSYCHOTHERAPIST', credentials: 'PsyD, LMFT',
        languages: ['es'], timeZone: 'America/Los_Angeles',
        licences: [
          { state: 'CA', licenceType: 'LMFT', number: 'LMFT 12345', expiresOn: '2027-12-31', verified: true },
          { state: 'NY', licenceType: 'LP', number: 'LP 999', expiresOn: '2026-01-01', verified: false },
        ],
      }),
    });
    renderApp('/provider');

    expect(await screen.findByTestId('home-heading')).toHaveTextContent('Your practice');
    expect(await screen.findByText('PsyD, LMFT')).toBeInTheDocument();
    expect(screen.getByText('America/Los_Angeles')).toBeInTheDocument();
    const licences = screen.getByRole('table', { name: 'Your licenses' });
    const ca = within(licences).getByRole('row', { name: /LMFT 12345/ });
    expect(ca).toHaveTextContent('Dec 31, 2027');
    expect(ca).toHaveTextContent('Yes');
    expect(within(licences).getByRole('row', { name: /LP 999/ })).toHaveTextContent('No');
  });

  it('tells a member that the admin page is not for them, without asking the server for it', async () => {
    const fetchMock = fakeServer({ 'GET /api/identity/me': json(me.member) });
    renderApp('/admin');

    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('You do not have access to this page');
    expect(screen.getByRole('main')).not.toHaveAttribute('data-role');
    expect(calledPaths(fetchMock)).toEqual(['GET /api/identity/me']);
  });

  it('offers a member every member page and Privacy in the navigation', async () => {
    fakeServer({ 'GET /api/identity/me': json(me.member), 'GET /api/journey/me': json(journey) });
    renderApp('/member');

    const nav = await screen.findByRole('navigation', { name: 'Main' });
    await screen.findByTestId('home-heading');
    const links = within(nav).getAllByRole('link');
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Home', '/member'],
      ['Consents', '/member/consents'],
      ['Questionnaires', '/member/screening'],
      ['My scores', '/member/scores'],
      ['My therapist', '/member/therapist'],
      ['My care', '/member/care'],
      ['My details', '/member/details'],
      ['What your employer sees', '/member/employer-view'],
      ['Privacy', '/privacy'],
    ]);
  });

  it('offers a provider their queues, availability and sessions in the navigation', async () => {
    fakeServer({
      'GET /api/identity/me': json(me.provider),
      'GET /api/providers/me': json({
        id: 'p1', displayName: 'Dr. Ana Ruiz', kind: 'PSYCHOTHERAPIST', credentials: 'PsyD', languages: ['en'],
        timeZone: 'America/Los_Angeles', licences: [],
      }),
    });
    renderApp('/provider');

    const nav = await screen.findByRole('navigation', { name: 'Main' });
    await screen.findByTestId('home-heading');
    expect(within(nav).getAllByRole('link').map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Home', '/provider'],
      ['Clearance queue', '/provider/clearance'],
      ['Referrals', '/provider/referrals'],
      ['Availability', '/provider/availability'],
      ['Sessions', '/provider/sessions'],
      ['Privacy', '/privacy'],
    ]);
    const work = await screen.findByTestId('provider-care-work');
    expect(within(work).getByRole('link', { name: 'See your sessions for the next two weeks' })).toHaveAttribute('href', '/provider/sessions');
    expect(within(work).getByRole('link', { name: 'Set the hours members can book' })).toHaveAttribute('href', '/provider/availability');
  });

  it('signs out and returns to the sign-in page', async () => {
    const fetchMock = fakeServer({
      'GET /api/identity/me': json(me.member),
      'GET /api/journey/me': json(journey),
      'DELETE /api/identity/sessions/current': { status: 204 },
    });
    renderApp('/member');

    await userEvent.click(await screen.findByTestId('sign-out'));

    expect(await screen.findByTestId('sign-in-heading')).toBeInTheDocument();
    expect(calledPaths(fetchMock)).toContain('DELETE /api/identity/sessions/current');
    expect(screen.queryByTestId('sign-out')).toBeNull();
  });

  it('shows a not-found page for an unknown address', async () => {
    fakeServer({ 'GET /api/identity/me': json(me.member) });
    renderApp('/no/such/page');
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('Page not found');
  });

  it('shows the public privacy page without signing in', async () => {
    fakeServer({
      'GET /api/identity/me': problem(401, 'unauthorized', 'Unauthorized'),
      'POST /api/identity/sessions/refresh': problem(401, 'unauthorized', 'Unauthorized'),
    });
    renderApp('/privacy');
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('Privacy and confidentiality');
    expect(screen.getByRole('link', { name: 'Skip to main content' })).toHaveAttribute('href', '#main');
  });
});
