import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { configureApiClient } from '../../../lib/api-client';
import { calledPaths, fakeServer, json } from '../../../test/fake-server';
import { renderApp } from '../../../test/render-app';

beforeEach(() => configureApiClient({ onUnauthorized: () => {} }));

const member = { id: 'm1', role: 'MEMBER', displayName: 'Quiet Heron', employer: { id: 'e1', displayName: 'Sierra Soap Works' } };
const enrolment = {
  pseudonym: 'Quiet Heron',
  employerDisplayName: 'Sierra Soap Works',
  programmeName: 'Wellbeing 2026',
  status: 'ENROLLED',
  enrolledAt: '2026-11-03T17:20:00Z',
  state: 'CA',
  stateSupported: true,
};
const identity = {
  legalName: 'Josefina Rivera',
  birthDate: '1988-04-12',
  phone: null,
  address: '1 Palm Canyon Dr\nPalm Springs, CA',
  email: 'jo.home@example.com',
};
const journey = { pseudonym: 'Quiet Heron', sponsorDisplayName: 'Sierra Soap Works', steps: [] };

function openDetails(routes: Parameters<typeof fakeServer>[0] = {}) {
  const fetchMock = fakeServer({
    'GET /api/identity/me': json(member),
    'GET /api/enrolment/me': json(enrolment),
    'GET /api/enrolment/me/identity': json(identity),
    'GET /api/enrolment/me/identity/views': json([]),
    ...routes,
  });
  renderApp('/member/details');
  return fetchMock;
}

describe('my details', () => {
  it('shows the member their identity, with the note that every view is recorded', async () => {
    openDetails();

    expect(await screen.findByTestId('details-heading')).toHaveTextContent('My details');
    const card = screen.getByTestId('my-identity');
    expect(await within(card).findByText('Josefina Rivera')).toBeInTheDocument();
    expect(card).toHaveTextContent(
      'Only you, and providers you are referred to while your consent is in force, can see these details. Every view is recorded.',
    );
    expect(card).toHaveTextContent('Apr 12, 1988');
    expect(card).toHaveTextContent('jo.home@example.com');
    expect(card).toHaveTextContent('Not given');
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(await within(nav).findByRole('link', { name: 'My details' })).toHaveAttribute('aria-current', 'page');
  });

  it('lists who has opened the identity, newest first, in plain words', async () => {
    openDetails({
      'GET /api/enrolment/me/identity/views': json([
        { viewer: 'You', role: 'MEMBER', purpose: 'member viewing own details', viewedAt: '2026-11-05T12:30:00Z' },
        { viewer: 'Dr. Ana Ruiz', role: 'PROVIDER', purpose: 'medical clearance', viewedAt: '2026-11-04T12:00:00Z' },
        { viewer: 'Sam Lee, LMFT', role: 'PROVIDER', purpose: 'psychotherapy referral', viewedAt: '2026-11-03T12:00:00Z' },
        { viewer: 'Records desk', role: 'AUDITOR', purpose: 'records request', viewedAt: '2026-11-02T12:00:00Z' },
      ]),
    });

    const section = await screen.findByTestId('identity-views');
    expect(within(section).getByRole('heading', { level: 2 })).toHaveTextContent('Who has opened your details');
    expect(section).toHaveTextContent(
      'Every time a clinician opens your name or contact details, it is recorded here, and they can only do so with your consent to release information.',
    );
    const table = await within(section).findByRole('table', { name: 'Each time your details were opened, newest first' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(4);
    const cells = (row: HTMLElement) => within(row).getAllByRole('cell').map((cell) => cell.textContent);
    expect(cells(rows[0]!).slice(1)).toEqual(['You', 'you', 'member viewing own details']);
    expect(cells(rows[0]!)[0]).toContain('Nov 5, 2026');
    expect(cells(rows[1]!).slice(1)).toEqual(['Dr. Ana Ruiz', 'a clinician caring for you', 'medical clearance']);
    expect(cells(rows[1]!)[0]).toContain('Nov 4, 2026');
    expect(cells(rows[2]!).slice(1)).toEqual(['Sam Lee, LMFT', 'a clinician caring for you', 'psychotherapy referral']);
    // A role or purpose the app does not know yet is shown as the server sent it.
    expect(cells(rows[3]!).slice(1)).toEqual(['Records desk', 'AUDITOR', 'records request']);
  });

  it('translates who, role and the known purposes into Spanish', async () => {
    vi.spyOn(window.navigator, 'language', 'get').mockReturnValue('es-MX');
    openDetails({
      'GET /api/enrolment/me/identity/views': json([
        { viewer: 'You', role: 'MEMBER', purpose: 'member viewing own details', viewedAt: '2026-11-05T12:30:00Z' },
        { viewer: 'Dr. Ana Ruiz', role: 'PROVIDER', purpose: 'medical clearance', viewedAt: '2026-11-04T12:00:00Z' },
        { viewer: 'Sam Lee, LMFT', role: 'PROVIDER', purpose: 'psychotherapy referral', viewedAt: '2026-11-03T12:00:00Z' },
        { viewer: 'Records desk', role: 'PROVIDER', purpose: 'records request', viewedAt: '2026-11-02T12:00:00Z' },
      ]),
    });

    const section = await screen.findByTestId('identity-views');
    expect(within(section).getByRole('heading', { level: 2 })).toHaveTextContent('Quién ha abierto tus datos');
    const table = await within(section).findByRole('table');
    const rows = within(table).getAllByRole('row').slice(1);
    const cells = (row: HTMLElement) => within(row).getAllByRole('cell').map((cell) => cell.textContent);
    expect(cells(rows[0]!).slice(1)).toEqual(['Tú', 'tú', 'consulta de tus propios datos']);
    expect(cells(rows[0]!)[0]).toMatch(/5 nov 2026/);
    expect(cells(rows[1]!).slice(1)).toEqual(['Dr. Ana Ruiz', 'un profesional clínico que te atiende', 'autorización médica']);
    expect(cells(rows[2]!)[3]).toBe('referencia a psicoterapia');
    expect(cells(rows[3]!)[3]).toBe('records request');
  });

  it('says so when nobody has opened the identity yet', async () => {
    openDetails();

    const section = await screen.findByTestId('identity-views');
    expect(await within(section).findByText('Nobody has opened your details yet.')).toBeInTheDocument();
    expect(within(section).queryByRole('table')).toBeNull();
  });

  it('saves a new location and says plainly when care cannot be offered there', async () => {
    const fetchMock = openDetails({
      'PUT /api/enrolment/me/location': json({ ...enrolment, state: 'OTHER', stateSupported: false }),
    });
    const select = (await screen.findByLabelText('Where will you be for your sessions?')) as HTMLSelectElement;
    expect(select).toHaveValue('CA');
    expect(screen.queryByTestId('location-unsupported')).toBeNull();

    await userEvent.selectOptions(select, 'OTHER');
    await userEvent.click(screen.getByTestId('save-location'));

    expect(await screen.findByTestId('location-saved')).toHaveTextContent('Another state or country');
    expect(screen.getByTestId('location-unsupported')).toHaveTextContent(
      'Telehealth care can only be offered to people located in California, New York, Utah or Vermont.',
    );
    const put = fetchMock.mock.calls.find(([, init]) => init?.method === 'PUT');
    expect(JSON.parse(String(put?.[1]?.body))).toEqual({ state: 'OTHER' });
  });

  it('explains what withdrawing keeps, asks to confirm, then shows the result', async () => {
    const fetchMock = openDetails({
      'POST /api/enrolment/me/withdraw': json({ status: 'WITHDRAWN', seatReleased: true }),
    });

    const retention = await screen.findByTestId('withdraw-retention');
    expect(retention).toHaveTextContent('Your account stays, so you can still sign in and see your records.');
    expect(retention).toHaveTextContent('kept encrypted for 7 years');
    expect(retention).toHaveTextContent('Your employer is never told.');

    await userEvent.click(screen.getByTestId('withdraw'));
    expect(calledPaths(fetchMock)).not.toContain('POST /api/enrolment/me/withdraw');
    await userEvent.click(screen.getByTestId('confirm-action'));

    const result = await screen.findByTestId('withdraw-result');
    expect(result).toHaveTextContent('You have withdrawn from the programme.');
    expect(result).toHaveTextContent('Your place has been released.');
    expect(screen.queryByTestId('withdraw')).toBeNull();
  });
});

describe('member home, enrollment', () => {
  it('shows the programme, the sponsor and the location', async () => {
    fakeServer({
      'GET /api/identity/me': json(member),
      'GET /api/journey/me': json(journey),
      'GET /api/enrolment/me': json(enrolment),
    });
    renderApp('/member');

    const card = await screen.findByTestId('my-enrolment');
    expect(card).toHaveTextContent('Wellbeing 2026');
    expect(card).toHaveTextContent('Sierra Soap Works');
    expect(card).toHaveTextContent('California');
    expect(screen.queryByTestId('location-unsupported')).toBeNull();
  });

  it('tells a member outside CA, NY, UT and VT plainly, next to the crisis resources', async () => {
    const fetchMock = fakeServer({
      'GET /api/identity/me': json(member),
      'GET /api/journey/me': json(journey),
      'GET /api/enrolment/me': json({ ...enrolment, state: 'OTHER', stateSupported: false }),
    });
    renderApp('/member');

    expect(await screen.findByTestId('location-unsupported')).toHaveTextContent(
      'Telehealth care can only be offered to people located in California, New York, Utah or Vermont. You can keep your account and update your location when you are in one of these states.',
    );
    expect(screen.getByTestId('crisis-resources')).toBeInTheDocument();
    expect(screen.getByTestId('enrolment-location')).toHaveTextContent('Another state or country');
    // The identity is read (and recorded) only where the member asks to see it.
    await waitFor(() => expect(calledPaths(fetchMock)).toContain('GET /api/enrolment/me'));
    expect(calledPaths(fetchMock)).not.toContain('GET /api/enrolment/me/identity');
  });
});
