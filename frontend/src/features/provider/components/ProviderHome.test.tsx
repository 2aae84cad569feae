import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { catalog } from '../../../app/i18n/catalog';
import { configureApiClient } from '../../../lib/api-client';
import { I18nProvider } from '../../../lib/i18n';
import { calledPaths, fakeServer, json, problem } from '../../../test/fake-server';
import { renderApp } from '../../../test/render-app';
import type { Practice } from '../api/practice-api';
import { ProfileForm } from './ProfileForm';

beforeEach(() => configureApiClient({ onUnauthorized: () => {} }));

const me = { id: 'u1', role: 'PROVIDER', displayName: 'Dr. Ana Ruiz', employer: null };
const practice: Practice = {
  id: 'p1',
  displayName: 'Dr. Ana Ruiz',
  kind: 'PSYCHOTHERAPIST',
  credentials: 'PsyD, LMFT',
  languages: ['en', 'es'],
  modalities: ['TELEHEALTH'],
  capacity: 12,
  timeZone: 'America/Los_Angeles',
  status: 'ACTIVE',
  licences: [
    { id: 'l1', state: 'CA', licenceType: 'LMFT', number: 'LMFT 12345', issuedOn: '2024-01-01', expiresOn: '2027-12-31', status: 'VERIFIED', verified: true, validToday: true, rejectionReason: null },
    { id: 'l2', state: 'NY', licenceType: 'LP', number: 'LP 999', issuedOn: '2024-01-01', expiresOn: '2027-01-01', status: 'REJECTED', verified: false, validToday: false, rejectionReason: 'Number not on the NY register' },
  ],
};
const field = (id: string) => document.getElementById(id) as HTMLInputElement;

describe('provider profile form', () => {
  it('checks capacity and modalities in the browser without calling the server', async () => {
    const fetchMock = vi.fn();
    vi.stubGlobal('fetch', fetchMock);
    const onSaved = vi.fn();
    render(
      <I18nProvider catalog={catalog}>
        <ProfileForm practice={practice} onSaved={onSaved} />
      </I18nProvider>,
    );
    await userEvent.click(field('provider-modalities-TELEHEALTH'));
    await userEvent.clear(field('provider-capacity'));
    await userEvent.type(field('provider-capacity'), '250');
    await userEvent.click(screen.getByTestId('save-provider-profile'));

    expect(document.getElementById('provider-modalities-error')).toHaveTextContent('Choose at least one way of seeing clients.');
    expect(document.getElementById('provider-capacity-error')).toHaveTextContent('Enter a whole number from 1 to 200.');
    expect(field('provider-capacity')).toHaveAttribute('aria-invalid', 'true');
    expect(document.getElementById('provider-modalities')).toHaveFocus();

    await userEvent.clear(field('provider-capacity'));
    await userEvent.type(field('provider-capacity'), '0');
    await userEvent.click(screen.getByTestId('save-provider-profile'));
    expect(document.getElementById('provider-capacity-error')).toHaveTextContent('Enter a whole number from 1 to 200.');
    expect(fetchMock).not.toHaveBeenCalled();
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('offers plain modality names and the US time zones', () => {
    vi.stubGlobal('fetch', vi.fn());
    render(
      <I18nProvider catalog={catalog}>
        <ProfileForm practice={practice} onSaved={() => {}} />
      </I18nProvider>,
    );
    expect(screen.getByLabelText('In person – Palm Springs')).not.toBeChecked();
    expect(screen.getByLabelText('Telehealth')).toBeChecked();
    const zones = [...(field('provider-time-zone') as unknown as HTMLSelectElement).options].map((o) => o.value);
    expect(zones).toEqual(['', 'America/Los_Angeles', 'America/Denver', 'America/Phoenix', 'America/Chicago', 'America/New_York']);
  });

  it('shows the server’s error under the time zone and sends the chosen languages', async () => {
    let sent: unknown;
    fakeServer({
      'GET /api/identity/me': json(me),
      'GET /api/providers/me': json(practice),
      'PUT /api/providers/me': (init) => {
        sent = JSON.parse(String(init?.body));
        return problem(400, 'validation', 'Invalid request', {
          errors: [{ field: 'timeZone', message: 'unknown time zone' }],
        });
      },
    });
    renderApp('/provider');
    await screen.findByTestId('provider-profile-form');
    await userEvent.type(field('provider-other-languages'), 'PT');
    await userEvent.selectOptions(field('provider-time-zone'), 'America/Phoenix');
    await userEvent.click(screen.getByTestId('save-provider-profile'));

    await waitFor(() => expect(document.getElementById('provider-time-zone-error')).toHaveTextContent('unknown time zone'));
    expect(field('provider-time-zone')).toHaveFocus();
    expect(sent).toEqual({
      credentials: 'PsyD, LMFT',
      languages: ['en', 'es', 'pt'],
      modalities: ['TELEHEALTH'],
      capacity: 12,
      timeZone: 'America/Phoenix',
      nextAvailableOn: null,
    });
  });
});

describe('provider next availability', () => {
  it('refuses a date in the past, sends a later one and shows it saved', async () => {
    let sent: Record<string, unknown> | undefined;
    fakeServer({
      'GET /api/identity/me': json(me),
      'GET /api/providers/me': json({ ...practice, nextAvailableOn: null }),
      'PUT /api/providers/me': (init) => {
        sent = JSON.parse(String(init?.body));
        return json({ ...practice, nextAvailableOn: sent?.nextAvailableOn });
      },
    });
    renderApp('/provider');
    await screen.findByTestId('provider-profile-form');
    expect(screen.getByTestId('provider-next-available')).toHaveTextContent('Not given');

    const date = screen.getByLabelText('Next date you can start with a new member');
    await userEvent.type(date, '2020-01-01');
    await userEvent.click(screen.getByTestId('save-provider-profile'));
    expect(document.getElementById('provider-next-available-on-error')).toHaveTextContent('Choose today or a later date.');
    expect(date).toHaveFocus();
    expect(sent).toBeUndefined();

    await userEvent.clear(date);
    await userEvent.type(date, '2099-03-01');
    await userEvent.click(screen.getByTestId('save-provider-profile'));
    await waitFor(() => expect(screen.getByTestId('provider-next-available')).toHaveTextContent('Mar 1, 2099'));
    expect(sent?.nextAvailableOn).toBe('2099-03-01');
  });
});

describe('provider licences', () => {
  it('shows each licence’s status, the rejection reason and whether it is valid today', async () => {
    fakeServer({ 'GET /api/identity/me': json(me), 'GET /api/providers/me': json(practice) });
    renderApp('/provider');
    const table = await screen.findByRole('table', { name: 'Your licenses' });
    const ca = within(table).getByRole('row', { name: /LMFT 12345/ });
    expect(ca).toHaveTextContent('Verified');
    expect(ca).toHaveTextContent('Yes');
    const ny = within(table).getByRole('row', { name: /LP 999/ });
    expect(ny).toHaveTextContent('Rejected');
    expect(ny).toHaveTextContent('Reason: Number not on the NY register');
    expect(ny).toHaveTextContent('No');
  });

  it('validates a new licence, adds it and shows it as pending verification', async () => {
    let sent: unknown;
    const fetchMock = fakeServer({
      'GET /api/identity/me': json(me),
      'GET /api/providers/me': json({ ...practice, licences: [] }),
      'POST /api/providers/me/licences': (init) => {
        sent = JSON.parse(String(init?.body));
        return json(
          { id: 'l3', state: 'UT', licenceType: 'LCSW', number: 'UT-555', issuedOn: '2025-02-01', expiresOn: '2027-02-01', status: 'PENDING', verified: false, validToday: false, rejectionReason: null },
          201,
        );
      },
    });
    renderApp('/provider');
    await screen.findByTestId('add-licence-form');
    expect(screen.getByTestId('licence-verification-note')).toHaveTextContent(
      'A platform administrator verifies every license before it counts; you cannot verify your own.',
    );

    await userEvent.click(screen.getByTestId('add-licence'));
    expect(document.getElementById('licence-state-error')).toHaveTextContent('Choose the state that issued the license.');
    expect(field('licence-state')).toHaveFocus();
    expect(calledPaths(fetchMock)).not.toContain('POST /api/providers/me/licences');

    await userEvent.selectOptions(field('licence-state'), 'UT');
    await userEvent.type(field('licence-type'), 'LCSW');
    await userEvent.type(field('licence-number'), 'UT-555');
    await userEvent.type(field('licence-issued-on'), '2025-02-01');
    await userEvent.type(field('licence-expires-on'), '2025-01-01');
    await userEvent.click(screen.getByTestId('add-licence'));
    expect(document.getElementById('licence-expires-on-error')).toHaveTextContent('The expiry date must be after the issue date.');

    await userEvent.clear(field('licence-expires-on'));
    await userEvent.type(field('licence-expires-on'), '2027-02-01');
    await userEvent.click(screen.getByTestId('add-licence'));

    const table = await screen.findByRole('table', { name: 'Your licenses' });
    expect(within(table).getByRole('row', { name: /UT-555/ })).toHaveTextContent('Pending verification');
    expect(screen.getByTestId('licence-added')).toHaveTextContent('waiting for verification');
    expect(sent).toEqual({ state: 'UT', licenceType: 'LCSW', number: 'UT-555', issuedOn: '2025-02-01', expiresOn: '2027-02-01' });
    expect(field('licence-number')).toHaveValue('');
  });

  it('explains a licence that is already on file (409)', async () => {
    fakeServer({
      'GET /api/identity/me': json(me),
      'GET /api/providers/me': json(practice),
      'POST /api/providers/me/licences': problem(409, 'conflict', 'Conflict'),
    });
    renderApp('/provider');
    await screen.findByTestId('add-licence-form');
    await userEvent.selectOptions(field('licence-state'), 'CA');
    await userEvent.type(field('licence-type'), 'LMFT');
    await userEvent.type(field('licence-number'), 'LMFT 12345');
    await userEvent.type(field('licence-issued-on'), '2024-01-01');
    await userEvent.type(field('licence-expires-on'), '2027-12-31');
    await userEvent.click(screen.getByTestId('add-licence'));
    expect(await screen.findByTestId('form-problem')).toHaveTextContent('This license is already on file');
  });
});
