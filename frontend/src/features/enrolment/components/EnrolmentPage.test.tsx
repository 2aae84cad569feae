import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { configureApiClient } from '../../../lib/api-client';
import { setNativeValue } from '../../../test/dom';
import { calledPaths, fakeServer, json, problem } from '../../../test/fake-server';
import { renderApp } from '../../../test/render-app';

beforeEach(() => configureApiClient({ onUnauthorized: () => {} }));

const signedOut = {
  'GET /api/identity/me': problem(401, 'unauthorized', 'Unauthorized'),
  'POST /api/identity/sessions/refresh': problem(401, 'unauthorized', 'Unauthorized'),
  'GET /api/enrolment/pseudonym-suggestions': json({ suggestions: ['Quiet Heron', 'Amber Fox'] }),
};
const eligible = json({ employerDisplayName: 'Sierra Soap Works', programmeName: 'Wellbeing 2026', states: ['CA', 'NY'] });
const member = { id: 'm9', role: 'MEMBER', displayName: 'Quiet Heron', employer: { id: 'e1', displayName: 'Sierra Soap Works' } };

const field = (id: string) => document.getElementById(id) as HTMLInputElement;
const errorOf = (id: string) => document.getElementById(`${id}-error`);
const bodyOf = (fetchMock: ReturnType<typeof fakeServer>, path: string) => {
  const call = fetchMock.mock.calls.find(([input, init]) => String(input) === path && init?.method === 'POST');
  return JSON.parse(String(call?.[1]?.body));
};

async function openEnrolment(routes: Parameters<typeof fakeServer>[0] = {}) {
  const fetchMock = fakeServer({ ...signedOut, ...routes });
  renderApp('/enrol');
  await screen.findByTestId('enrolment-heading');
  return fetchMock;
}

async function passStepOne() {
  await userEvent.type(field('enrol-code'), ' SIERRA-7K2P-QX ');
  await userEvent.type(field('enrol-work-identifier'), 'Jo.Rivera@SierraSoap.example');
  setNativeValue(field('enrol-eligibility-dob'), '1988-04-12');
  await userEvent.click(screen.getByTestId('check-eligibility'));
  await screen.findByTestId('create-account');
  await waitFor(() => expect(field('enrol-pseudonym')).toHaveValue('Quiet Heron'));
}

async function fillStepTwo() {
  await userEvent.type(field('enrol-email'), 'jo.home@example.com');
  await userEvent.type(field('enrol-password'), 'desert wind at noon');
  await userEvent.type(field('enrol-password-confirm'), 'desert wind at noon');
  await userEvent.type(field('enrol-legal-name'), 'Josefina Rivera');
  await userEvent.type(field('enrol-phone'), '760 555 0100');
  await userEvent.selectOptions(field('enrol-state'), 'CA');
}

describe('enrollment, step 1: eligibility', () => {
  it('asks for the code and the work identifier without contacting the server', async () => {
    const fetchMock = await openEnrolment();
    const before = calledPaths(fetchMock).length;

    await userEvent.click(screen.getByTestId('check-eligibility'));

    expect(errorOf('enrol-code')).toHaveTextContent('Enter the enrollment code.');
    expect(errorOf('enrol-work-identifier')).toHaveTextContent('Enter your work e-mail or employee ID.');
    expect(errorOf('enrol-eligibility-dob')).toBeNull();
    expect(field('enrol-code')).toHaveAttribute('aria-invalid', 'true');
    expect(field('enrol-code')).toHaveAccessibleDescription(expect.stringContaining('Enter the enrollment code.'));
    expect(field('enrol-code')).toHaveFocus();
    expect(field('enrol-eligibility-dob')).toHaveAttribute('type', 'date');
    expect(field('enrol-eligibility-dob')).toHaveAccessibleDescription('Only needed if your employer’s list includes it.');
    expect(calledPaths(fetchMock)).toHaveLength(before);
  });

  it('gives the same kind answer, in the visitor’s words, when eligibility cannot be confirmed', async () => {
    await openEnrolment({
      'POST /api/enrolment/eligibility-checks': problem(404, 'not-eligible', 'Not eligible', { detail: 'server words' }),
    });
    await userEvent.type(field('enrol-code'), 'WRONG');
    await userEvent.type(field('enrol-work-identifier'), '12345');
    await userEvent.click(screen.getByTestId('check-eligibility'));

    const alert = await screen.findByTestId('form-problem');
    expect(alert).toHaveAttribute('role', 'alert');
    expect(alert).toHaveAttribute('data-problem-type', '/problems/not-eligible');
    expect(alert).toHaveTextContent('We could not confirm your eligibility with these details.');
    expect(alert).toHaveTextContent('add your date of birth if your employer’s list includes it');
    expect(alert).not.toHaveTextContent('server words');
    expect(screen.queryByTestId('create-account')).toBeNull();
  });

  it('says how long to wait after too many checks', async () => {
    await openEnrolment({
      'POST /api/enrolment/eligibility-checks': {
        ...problem(429, 'too-many-requests', 'Too many requests'),
        headers: { 'Content-Type': 'application/problem+json', 'Retry-After': '900' },
      },
    });
    await userEvent.type(field('enrol-code'), 'WRONG');
    await userEvent.type(field('enrol-work-identifier'), '12345');
    await userEvent.click(screen.getByTestId('check-eligibility'));

    expect(await screen.findByTestId('form-problem')).toHaveTextContent('please wait 15 minutes before trying again');
  });
});

describe('enrollment, step 2: the private account', () => {
  it('shares the good news and suggests a pseudonym, with another on request', async () => {
    const fetchMock = await openEnrolment({ 'POST /api/enrolment/eligibility-checks': eligible });
    await passStepOne();

    expect(screen.getByTestId('eligibility-confirmed')).toHaveTextContent(
      'Good news: Sierra Soap Works sponsors this benefit for you.',
    );
    expect(screen.getByTestId('eligibility-confirmed')).toHaveTextContent('Wellbeing 2026');
    expect(screen.getByTestId('eligibility-confirmed')).toHaveTextContent('California and New York');
    expect(screen.getByRole('heading', { name: 'Create your private account' })).toHaveFocus();
    expect(screen.getByTestId('identity-encrypted')).toHaveTextContent(
      'These identity details are encrypted. Your employer never sees them.',
    );
    expect(field('enrol-birth-date')).toHaveValue('1988-04-12');
    expect(bodyOf(fetchMock, '/api/enrolment/eligibility-checks')).toEqual({
      enrolmentCode: 'SIERRA-7K2P-QX',
      workIdentifier: 'Jo.Rivera@SierraSoap.example',
      dateOfBirth: '1988-04-12',
    });

    await userEvent.click(screen.getByTestId('suggest-pseudonym'));
    expect(field('enrol-pseudonym')).toHaveValue('Amber Fox');
  });

  it('explains mismatched passwords, a missing legal name and a work address, without contacting the server', async () => {
    const fetchMock = await openEnrolment({ 'POST /api/enrolment/eligibility-checks': eligible });
    await passStepOne();
    await userEvent.type(field('enrol-email'), ' jo.rivera@sierrasoap.example ');
    await userEvent.type(field('enrol-password'), 'desert wind at noon');
    await userEvent.type(field('enrol-password-confirm'), 'desert wind at night');
    await userEvent.clear(field('enrol-birth-date'));
    await userEvent.click(screen.getByTestId('create-account'));

    expect(errorOf('enrol-email')).toHaveTextContent('Please use a personal e-mail, not your work address');
    expect(errorOf('enrol-password')).toBeNull();
    expect(errorOf('enrol-password-confirm')).toHaveTextContent('The two passwords are not the same.');
    expect(errorOf('enrol-legal-name')).toHaveTextContent('Enter your legal name.');
    expect(errorOf('enrol-birth-date')).toHaveTextContent('Enter your date of birth.');
    expect(errorOf('enrol-state')).toHaveTextContent('Choose where you will be for your sessions.');
    expect(field('enrol-legal-name')).toHaveAccessibleDescription(expect.stringContaining('Enter your legal name.'));
    expect(field('enrol-email')).toHaveFocus();
    expect(calledPaths(fetchMock)).not.toContain('POST /api/enrolment/enrolments');
  });

  it('asks for at least 12 characters', async () => {
    await openEnrolment({ 'POST /api/enrolment/eligibility-checks': eligible });
    await passStepOne();
    await userEvent.type(field('enrol-password'), 'short');
    await userEvent.click(screen.getByTestId('create-account'));
    expect(errorOf('enrol-password')).toHaveTextContent('Use at least 12 characters.');
  });

  it('creates the account with the eligibility proof, signs in and lands on the member’s home', async () => {
    const fetchMock = await openEnrolment({
      'POST /api/enrolment/eligibility-checks': eligible,
      'POST /api/enrolment/enrolments': json({ pseudonym: 'Quiet Heron', email: 'jo.home@example.com' }, 201),
      'POST /api/identity/sessions': json({ user: member }),
      'GET /api/journey/me': json({ pseudonym: 'Quiet Heron', sponsorDisplayName: 'Sierra Soap Works', steps: [] }),
    });
    await passStepOne();
    await fillStepTwo();
    await userEvent.type(field('enrol-address'), '1 Palm Canyon Dr\nPalm Springs, CA');
    await userEvent.click(screen.getByTestId('create-account'));

    expect(await screen.findByTestId('home-heading')).toHaveTextContent('Your journey');
    expect(bodyOf(fetchMock, '/api/enrolment/enrolments')).toEqual({
      enrolmentCode: 'SIERRA-7K2P-QX',
      workIdentifier: 'Jo.Rivera@SierraSoap.example',
      dateOfBirth: '1988-04-12',
      pseudonym: 'Quiet Heron',
      email: 'jo.home@example.com',
      password: 'desert wind at noon',
      legalName: 'Josefina Rivera',
      birthDate: '1988-04-12',
      phone: '760 555 0100',
      address: '1 Palm Canyon Dr\nPalm Springs, CA',
      state: 'CA',
    });
    expect(bodyOf(fetchMock, '/api/identity/sessions')).toEqual({
      email: 'jo.home@example.com',
      password: 'desert wind at noon',
    });
    expect(screen.getByTestId('sign-out')).toBeInTheDocument();
  });

  it('is kind and specific when all the places are taken', async () => {
    await openEnrolment({
      'POST /api/enrolment/eligibility-checks': eligible,
      'POST /api/enrolment/enrolments': problem(409, 'no-seats-left', 'No seats left'),
    });
    await passStepOne();
    await fillStepTwo();
    await userEvent.click(screen.getByTestId('create-account'));

    const alert = await screen.findByTestId('form-problem');
    expect(alert).toHaveAttribute('data-problem-type', '/problems/no-seats-left');
    expect(alert).toHaveTextContent('All the places in this programme are taken right now.');
    expect(alert).toHaveTextContent('Nothing was created');
    expect(alert).toHaveTextContent('You do not have to tell them why you are asking.');
  });

  it('points someone who already enrolled to sign in', async () => {
    await openEnrolment({
      'POST /api/enrolment/eligibility-checks': eligible,
      'POST /api/enrolment/enrolments': problem(409, 'already-enrolled', 'Already enrolled'),
    });
    await passStepOne();
    await fillStepTwo();
    await userEvent.click(screen.getByTestId('create-account'));

    const alert = await screen.findByTestId('form-problem');
    expect(alert).toHaveTextContent('Someone has already enrolled with these eligibility details.');
    expect(screen.getByTestId('enrolment-sign-in')).toHaveAttribute('href', '/sign-in');
  });

  it('marks the e-mail when it already has an account', async () => {
    await openEnrolment({
      'POST /api/enrolment/eligibility-checks': eligible,
      'POST /api/enrolment/enrolments': problem(409, 'conflict', 'Conflict'),
    });
    await passStepOne();
    await fillStepTwo();
    await userEvent.click(screen.getByTestId('create-account'));

    expect(await screen.findByTestId('form-problem')).toHaveTextContent(
      'There is already an account with this personal e-mail.',
    );
    expect(field('enrol-email')).toHaveFocus();
    expect(screen.getByTestId('enrolment-sign-in')).toHaveAttribute('href', '/sign-in');
  });

  it('shows the server’s field errors under the fields', async () => {
    await openEnrolment({
      'POST /api/enrolment/eligibility-checks': eligible,
      'POST /api/enrolment/enrolments': problem(400, 'validation', 'Invalid', {
        errors: [{ field: 'legalName', message: 'must not be blank' }],
      }),
    });
    await passStepOne();
    await fillStepTwo();
    await userEvent.click(screen.getByTestId('create-account'));

    await waitFor(() => expect(errorOf('enrol-legal-name')).toHaveTextContent('must not be blank'));
    expect(screen.getByTestId('form-problem')).toHaveTextContent('Please correct the fields marked below.');
    expect(field('enrol-legal-name')).toHaveFocus();
  });
});
