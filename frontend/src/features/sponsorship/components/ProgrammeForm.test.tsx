import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { configureApiClient } from '../../../lib/api-client';
import { setNativeValue } from '../../../test/dom';
import { calledPaths, fakeServer, json, problem } from '../../../test/fake-server';
import { renderApp } from '../../../test/render-app';
import { ACTIVE, hrMe, programme } from './test-data';

beforeEach(() => configureApiClient({ onUnauthorized: () => {} }));

const field = (id: string) => document.getElementById(id) as HTMLInputElement;
const errorOf = (id: string) => document.getElementById(`${id}-error`);

async function openNewForm(routes: Parameters<typeof fakeServer>[0] = {}) {
  const fetchMock = fakeServer({ 'GET /api/identity/me': json(hrMe), ...routes });
  renderApp('/hr/programmes/new');
  await screen.findByTestId('programme-form');
  return fetchMock;
}

describe('programme form', () => {
  it('starts with the usual package: 18 hours, USD 3,150.00, all services and all four states', async () => {
    await openNewForm();
    expect(field('programme-package-hours')).toHaveValue(18);
    expect(field('programme-price')).toHaveValue(3150);
    expect(field('programme-starts-on')).toHaveAttribute('type', 'date');
    expect(screen.getByRole('checkbox', { name: 'Integration sessions' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Vermont' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'New York' })).toBeChecked();
  });

  it('explains an end date before the start and a missing state under the fields, without calling the API', async () => {
    const fetchMock = await openNewForm();
    const callsBefore = fetchMock.mock.calls.length;

    await userEvent.type(field('programme-name'), 'Spring pilot');
    setNativeValue(field('programme-starts-on'), '2027-06-01');
    setNativeValue(field('programme-ends-on'), '2027-05-01');
    await userEvent.type(field('programme-seats'), '25');
    for (const state of ['California', 'New York', 'Utah', 'Vermont']) {
      await userEvent.click(screen.getByRole('checkbox', { name: state }));
    }
    await userEvent.click(screen.getByTestId('save-programme'));

    expect(errorOf('programme-ends-on')).toHaveTextContent('The end date must be after the start date.');
    expect(field('programme-ends-on')).toHaveAccessibleDescription('The end date must be after the start date.');
    expect(field('programme-ends-on')).toHaveAttribute('aria-invalid', 'true');
    expect(errorOf('programme-states')).toHaveTextContent('Choose at least one state.');
    expect(errorOf('programme-name')).toBeNull();
    expect(errorOf('programme-starts-on')).toBeNull();
    expect(field('programme-ends-on')).toHaveFocus();
    expect(fetchMock.mock.calls.length).toBe(callsBefore);
  });

  it('asks for every required field, seats of at least 1 and a price of 0 or more', async () => {
    const fetchMock = await openNewForm();
    const callsBefore = fetchMock.mock.calls.length;

    await userEvent.clear(field('programme-price'));
    await userEvent.type(field('programme-price'), '-5');
    await userEvent.type(field('programme-seats'), '0');
    await userEvent.click(screen.getByRole('checkbox', { name: 'Preparation and goal setting' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Support during medicine sessions' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Integration sessions' }));
    await userEvent.click(screen.getByTestId('save-programme'));

    expect(errorOf('programme-name')).toHaveTextContent('Enter a name for the programme.');
    expect(errorOf('programme-starts-on')).toHaveTextContent('Enter the start date.');
    expect(errorOf('programme-ends-on')).toHaveTextContent('Enter the end date.');
    expect(errorOf('programme-seats')).toHaveTextContent('Enter a whole number from 1 to 100,000.');
    expect(errorOf('programme-price')).toHaveTextContent('Enter an amount from 0 to 1,000,000');
    expect(errorOf('programme-services')).toHaveTextContent('Choose at least one covered service.');
    expect(field('programme-name')).toHaveFocus();
    expect(fetchMock.mock.calls.length).toBe(callsBefore);
  });

  it('shows the server’s field errors under the fields, the same way', async () => {
    await openNewForm({
      'POST /api/sponsorship/programmes': problem(400, 'validation', 'Invalid request', {
        errors: [
          { field: 'endsOn', message: 'must be after startsOn' },
          { field: 'seats', message: 'must be at most 100000' },
        ],
      }),
    });

    await userEvent.type(field('programme-name'), 'Spring pilot');
    setNativeValue(field('programme-starts-on'), '2027-01-01');
    setNativeValue(field('programme-ends-on'), '2027-12-31');
    await userEvent.type(field('programme-seats'), '25');
    await userEvent.click(screen.getByTestId('save-programme'));

    await waitFor(() => expect(errorOf('programme-ends-on')).toHaveTextContent('must be after startsOn'));
    expect(errorOf('programme-seats')).toHaveTextContent('must be at most 100000');
    expect(field('programme-seats')).toHaveAccessibleDescription(expect.stringContaining('must be at most 100000'));
    expect(screen.getByTestId('form-problem')).toHaveTextContent('Please correct the fields marked below.');
  });

  it('creates the programme from dates set by script and opens it', async () => {
    const created = programme({ id: 'p9', name: 'Spring pilot' });
    const fetchMock = await openNewForm({
      'POST /api/sponsorship/programmes': json(created, 201),
      'GET /api/sponsorship/programmes/p9': json(created),
      'GET /api/sponsorship/programmes/p9/history': json([]),
      'GET /api/sponsorship/programmes/p9/statements': json([]),
    });

    await userEvent.type(field('programme-name'), '  Spring pilot ');
    setNativeValue(field('programme-starts-on'), '2027-01-01');
    setNativeValue(field('programme-ends-on'), '2027-12-31');
    await userEvent.type(field('programme-seats'), '25');
    await userEvent.click(screen.getByRole('checkbox', { name: 'Utah' }));
    await userEvent.click(screen.getByTestId('save-programme'));

    expect(await screen.findByRole('heading', { level: 1, name: 'Spring pilot' })).toBeInTheDocument();
    const post = fetchMock.mock.calls.find(([, init]) => init?.method === 'POST');
    expect(JSON.parse(String(post?.[1]?.body))).toEqual({
      name: 'Spring pilot',
      startsOn: '2027-01-01',
      endsOn: '2027-12-31',
      seats: 25,
      packageHours: 18,
      pricePerSeatUsd: 3150,
      coveredServices: ['PREPARATION', 'MEDICINE_SESSION_SUPPORT', 'INTEGRATION'],
      states: ['CA', 'NY', 'VT'],
    });
  });

  it('locks the package terms of an active programme, explains why, and sends the version', async () => {
    const active = programme({ ...ACTIVE, seats: 40, states: ['CA', 'NY'], version: 7 });
    const fetchMock = fakeServer({
      'GET /api/identity/me': json(hrMe),
      'GET /api/sponsorship/programmes/p1': json(active),
      'PUT /api/sponsorship/programmes/p1': json({ ...active, seats: 60, version: 8 }),
      'GET /api/sponsorship/programmes/p1/history': json([]),
      'GET /api/sponsorship/programmes/p1/statements': json([]),
    });
    renderApp('/hr/programmes/p1/edit');
    await screen.findByTestId('programme-form');

    expect(screen.getByTestId('programme-active-note')).toHaveTextContent('fixed once people may have enrolled');
    expect(field('programme-starts-on')).toBeDisabled();
    expect(field('programme-package-hours')).toBeDisabled();
    expect(field('programme-price')).toBeDisabled();
    expect(screen.getByRole('checkbox', { name: 'Integration sessions' })).toBeDisabled();
    expect(screen.getByRole('checkbox', { name: 'California' })).toBeDisabled();
    expect(screen.getByRole('checkbox', { name: 'Utah' })).toBeEnabled();
    expect(field('programme-name')).toBeEnabled();
    expect(field('programme-ends-on')).toBeEnabled();

    await userEvent.clear(field('programme-seats'));
    await userEvent.type(field('programme-seats'), '30');
    await userEvent.click(screen.getByTestId('save-programme'));
    expect(errorOf('programme-seats')).toHaveTextContent('Seats can only be added while the programme is active.');

    await userEvent.clear(field('programme-seats'));
    await userEvent.type(field('programme-seats'), '60');
    await userEvent.click(screen.getByTestId('save-programme'));

    await screen.findByTestId('seat-usage');
    const put = fetchMock.mock.calls.find(([, init]) => init?.method === 'PUT');
    expect(JSON.parse(String(put?.[1]?.body))).toMatchObject({ seats: 60, version: 7, states: ['CA', 'NY'] });
    expect(calledPaths(fetchMock)).toContain('PUT /api/sponsorship/programmes/p1');
  });

  it('says someone else changed the programme when the version is stale, and reloads it', async () => {
    let loads = 0;
    fakeServer({
      'GET /api/identity/me': json(hrMe),
      'GET /api/sponsorship/programmes/p1': () => json(programme({ version: ++loads, name: `Version ${loads}` })),
      'PUT /api/sponsorship/programmes/p1': problem(409, 'conflict', 'Conflict', { detail: 'The programme was changed.' }),
    });
    renderApp('/hr/programmes/p1/edit');
    await screen.findByTestId('programme-form');
    expect(field('programme-name')).toHaveValue('Version 1');

    await userEvent.click(screen.getByTestId('save-programme'));

    const alert = await screen.findByTestId('form-problem');
    expect(alert).toHaveTextContent('Someone else changed this programme; reload');
    await userEvent.click(within(alert).getByRole('button', { name: 'Reload the programme' }));
    await waitFor(() => expect(field('programme-name')).toHaveValue('Version 2'));
    expect(screen.queryByTestId('form-problem')).toBeNull();
  });
});
