import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { configureApiClient } from '../../../lib/api-client';
import { LOCALE_STORAGE_KEY } from '../../../lib/i18n';
import { calledPaths, fakeServer, json, problem } from '../../../test/fake-server';
import { renderApp } from '../../../test/render-app';
import type { MyReferral, TherapistCard, TherapistOption } from '../api/referral-api';

beforeEach(() => configureApiClient({ onUnauthorized: () => {} }));

const member = { id: 'm1', role: 'MEMBER', displayName: 'Quiet Heron', employer: null };
const elena: TherapistCard = {
  id: 't1',
  displayName: 'Elena Ruiz',
  credentials: 'PsyD, LMFT',
  languages: ['en', 'es'],
  licenceState: 'CA',
  licenceValidUntil: '2027-12-31',
  modalities: ['TELEHEALTH', 'PALM_SPRINGS'],
  timeZone: 'America/Los_Angeles',
  nextAvailableOn: '2026-12-01',
};
const sam: TherapistCard = { ...elena, id: 't2', displayName: 'Sam Lee', languages: ['en'], modalities: ['TELEHEALTH'], nextAvailableOn: null };
const waiting: MyReferral = {
  status: 'AWAITING_THERAPIST',
  referralId: 'r1',
  therapist: elena,
  reasons: [
    { code: 'LICENSED_IN_STATE', value: 'CA' },
    { code: 'SPEAKS_LANGUAGE', value: 'es' },
    { code: 'EARLIEST_AVAILABILITY', value: '2026-12-01' },
    { code: 'ROOM_FOR_NEW_MEMBERS', value: '1' },
    { code: 'RANKED_FIRST', value: '3' },
  ],
  chosenByMember: false,
  offeredAt: '2026-11-20T10:00:00Z',
  acceptedAt: null,
  unmetConditions: [],
  preference: { language: 'es', languageRequired: false },
  location: 'CA',
};
const blocked: MyReferral = {
  ...waiting,
  status: 'BLOCKED',
  referralId: null,
  therapist: null,
  reasons: [],
  unmetConditions: [
    { condition: 'CONSENT_RELEASE', message: 'Consent to release information is not in force', value: null },
    { condition: 'LOCATION_SUPPORTED', message: 'Member is located outside the covered states', value: null },
    { condition: 'THERAPIST_LICENSED', message: 'No licensed therapist', value: 'UT' },
    { condition: 'THERAPIST_LANGUAGE', message: 'No therapist speaks the language', value: 'es' },
  ],
  location: 'OTHER',
};
const options: TherapistOption[] = [
  { therapist: elena, reasons: waiting.reasons, current: true },
  { therapist: sam, reasons: [{ code: 'LICENSED_IN_STATE', value: 'CA' }], current: false },
];

const field = (id: string) => document.getElementById(id) as HTMLInputElement;
const bodyOf = (init: RequestInit | undefined) => JSON.parse(String(init?.body)) as unknown;

function openPage(referral: MyReferral, routes: Parameters<typeof fakeServer>[0] = {}) {
  const fetchMock = fakeServer({
    'GET /api/identity/me': json(member),
    'GET /api/referrals/me': json(referral),
    'GET /api/referrals/me/options': json(options),
    ...routes,
  });
  renderApp('/member/therapist');
  return fetchMock;
}

describe('therapist page', () => {
  it('words every unmet condition kindly, with the way to act on it', async () => {
    openPage(blocked);
    expect(await screen.findByTestId('referral-status')).toHaveTextContent('We cannot refer you to a therapist just yet.');
    const list = screen.getByTestId('referral-blocked');
    const item = (condition: string) => list.querySelector(`[data-condition="${condition}"]`) as HTMLElement;

    expect(item('CONSENT_RELEASE')).toHaveTextContent('your consent to share your information with your therapist');
    expect(within(item('CONSENT_RELEASE')).getByRole('link', { name: 'Review your consents' })).toHaveAttribute(
      'href',
      '/member/consents',
    );
    expect(item('LOCATION_SUPPORTED')).toHaveTextContent(
      'The benefit covers care for people located in California, New York, Utah, and Vermont',
    );
    expect(within(item('LOCATION_SUPPORTED')).getByRole('link', { name: 'Update your location' })).toHaveAttribute(
      'href',
      '/member/details',
    );
    expect(within(item('LOCATION_SUPPORTED')).getByRole('link', { name: 'Call 988' })).toHaveAttribute('href', 'tel:988');
    expect(item('THERAPIST_LICENSED')).toHaveTextContent('No therapist in our network holds a license that is valid today in Utah.');
    expect(item('THERAPIST_LANGUAGE')).toHaveTextContent('No therapist who could see you speaks Spanish yet.');
    expect(list).not.toHaveTextContent('not in force');
    expect(screen.queryByTestId('therapist-card')).not.toBeInTheDocument();
    expect(screen.getByTestId('preference-form')).toBeInTheDocument();
  });

  it('speaks Spanish about the conditions, with state and language names', async () => {
    window.localStorage.setItem(LOCALE_STORAGE_KEY, 'es');
    openPage(blocked);
    const list = await screen.findByTestId('referral-blocked');
    expect(screen.getByTestId('referral-status')).toHaveTextContent('Todavía no podemos ponerte en contacto con un terapeuta.');
    expect(list.querySelector('[data-condition="THERAPIST_LICENSED"]')).toHaveTextContent('licencia vigente en Utah');
    expect(list.querySelector('[data-condition="THERAPIST_LANGUAGE"]')).toHaveTextContent('que hable español');
    expect(list.querySelector('[data-condition="LOCATION_SUPPORTED"]')).toHaveTextContent(
      'California, Nueva York, Utah y Vermont',
    );
  });

  it('tries to route again and shows the therapist it found', async () => {
    const fetchMock = openPage(blocked, { 'POST /api/referrals/me/route': json(waiting) });
    await userEvent.click(await screen.findByTestId('try-routing-again'));
    expect(await screen.findByTestId('therapist-name')).toHaveTextContent('Elena Ruiz');
    expect(screen.getByTestId('referral-status')).toHaveTextContent('Waiting for Elena Ruiz to accept (usually within 3 days).');
    expect(screen.queryByTestId('referral-blocked')).not.toBeInTheDocument();
    const route = fetchMock.mock.calls.find(([path]) => String(path) === '/api/referrals/me/route');
    expect(bodyOf(route?.[1])).toEqual({});
  });

  it('shows the therapist and, in words, why they were chosen', async () => {
    openPage(waiting);
    const card = await screen.findByTestId('therapist-card');
    expect(within(card).getByTestId('therapist-name')).toHaveTextContent('Elena Ruiz');
    expect(card).toHaveTextContent('PsyD, LMFT');
    expect(card).toHaveTextContent('English and Spanish');
    expect(card).toHaveTextContent('California, valid until Dec 31, 2027');
    expect(card).toHaveTextContent('Telehealth and In person in Palm Springs');
    const reasons = within(screen.getByTestId('therapist-reasons')).getAllByRole('listitem');
    expect(reasons.map((reason) => reason.textContent)).toEqual([
      'Licensed in California, where you will be for your sessions.',
      'Speaks Spanish, as you asked.',
      'Can start soonest: from Dec 1, 2026.',
      'Has room for 1 more member.',
      'The best match of 3 therapists who can see you.',
    ]);
    expect(screen.getByTestId('referral-status')).toHaveTextContent('Waiting for Elena Ruiz to accept (usually within 3 days).');
  });

  it('says when the therapist accepted', async () => {
    openPage({ ...waiting, status: 'ACCEPTED', acceptedAt: '2026-11-21T10:00:00Z' });
    expect(await screen.findByTestId('referral-status')).toHaveTextContent('Elena Ruiz accepted your referral.');
    expect(screen.getByTestId('therapist-card')).toHaveTextContent('will get in touch to plan your first session');
  });

  it('explains that clearance comes first, without a preference form or options', async () => {
    const fetchMock = openPage({
      ...blocked,
      status: 'AWAITING_CLEARANCE',
      unmetConditions: [{ condition: 'CLEARED', message: 'Not cleared yet', value: null }],
    });
    expect(await screen.findByTestId('referral-status')).toHaveTextContent('A prescriber reviews your health first');
    expect(screen.getByTestId('referral-awaiting-clearance')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to your journey' })).toHaveAttribute('href', '/member');
    expect(screen.queryByTestId('preference-form')).not.toBeInTheDocument();
    expect(calledPaths(fetchMock)).not.toContain('GET /api/referrals/me/options');
  });
});

describe('language preference', () => {
  it('asks for a language before "only this language", without calling the server', async () => {
    const fetchMock = openPage({ ...waiting, preference: { language: null, languageRequired: false } });
    await screen.findByTestId('preference-form');
    await userEvent.click(screen.getByLabelText(/Only a therapist who speaks this language/));
    await userEvent.click(screen.getByTestId('save-preference'));
    expect(document.getElementById('referral-language-error')).toHaveTextContent('Choose a language');
    expect(field('referral-language')).toHaveFocus();
    expect(calledPaths(fetchMock)).not.toContain('PUT /api/referrals/me/preference');
  });

  it('shows the server’s field error, then saves and shows the answer', async () => {
    const sent: unknown[] = [];
    let reply = problem(400, 'validation', 'Invalid request', {
      errors: [{ field: 'language', message: 'must be two lowercase letters' }],
    });
    openPage(waiting, {
      'PUT /api/referrals/me/preference': (init) => {
        sent.push(bodyOf(init));
        return reply;
      },
    });
    await screen.findByTestId('preference-form');
    expect(field('referral-language')).toHaveValue('es');
    expect(field('referral-language')).toHaveAttribute('name', 'language');
    expect(field('referral-language-required')).toHaveAttribute('name', 'languageRequired');

    await userEvent.click(field('referral-language-required'));
    await userEvent.click(screen.getByTestId('save-preference'));
    await waitFor(() =>
      expect(document.getElementById('referral-language-error')).toHaveTextContent('must be two lowercase letters'),
    );
    expect(field('referral-language')).toHaveFocus();
    expect(field('referral-language')).toHaveAttribute('aria-invalid', 'true');

    reply = json({ ...waiting, preference: { language: 'es', languageRequired: true } });
    await userEvent.click(screen.getByTestId('save-preference'));
    expect(await screen.findByTestId('preference-saved')).toHaveTextContent('Your preference is saved.');
    expect(sent[1]).toEqual({ language: 'es', languageRequired: true });
    expect(document.getElementById('referral-language-error')).not.toBeInTheDocument();
  });
});

describe('choosing a different therapist', () => {
  it('lists the options, marks the current one and switches after a confirm', async () => {
    let sent: unknown;
    const fetchMock = openPage(waiting, {
      'POST /api/referrals/me/change': (init) => {
        sent = bodyOf(init);
        return json({ ...waiting, therapist: sam, chosenByMember: true, reasons: [{ code: 'MEMBER_CHOICE', value: null }] });
      },
    });
    const list = await screen.findByTestId('therapist-options');
    const current = list.querySelector('[data-therapist-id="t1"]') as HTMLElement;
    expect(current).toHaveTextContent('Your therapist now');
    expect(within(current).queryByRole('button')).not.toBeInTheDocument();
    expect(list.querySelector('[data-therapist-id="t2"]')).toHaveTextContent('Licensed in California');

    await userEvent.click(screen.getByTestId('choose-therapist-t2'));
    expect(screen.getByRole('group', { name: 'Choose Sam Lee as your therapist?' })).toHaveTextContent(
      'Elena Ruiz will no longer be asked to see you',
    );
    expect(calledPaths(fetchMock)).not.toContain('POST /api/referrals/me/change');
    await userEvent.click(screen.getByTestId('confirm-action'));

    await waitFor(() =>
      expect(screen.getByTestId('referral-status')).toHaveTextContent('Waiting for Sam Lee to accept (usually within 3 days).'),
    );
    expect(sent).toEqual({ therapistId: 't2' });
    expect(screen.getByTestId('therapist-reasons')).toHaveTextContent('You chose this therapist.');
    expect(screen.getByTestId('therapist-changed')).toHaveTextContent('We asked Sam Lee to accept your referral.');
  });

  it('is kind when there is nobody else, and sends the reason given', async () => {
    let sent: unknown;
    openPage(waiting, {
      'POST /api/referrals/me/change': (init) => {
        sent = bodyOf(init);
        return problem(409, 'no-other-therapist', 'No other therapist');
      },
    });
    await screen.findByTestId('therapist-options');
    await userEvent.type(field('change-reason'), 'I would prefer a therapist nearer my age');
    await userEvent.click(screen.getByTestId('ask-someone-else'));
    await userEvent.click(screen.getByTestId('confirm-action'));

    const message = await screen.findByTestId('change-problem');
    expect(message).toHaveTextContent('There is no other therapist who can see you right now');
    expect(message).toHaveTextContent('Nothing has changed: Elena Ruiz is still your therapist.');
    expect(sent).toEqual({ reason: 'I would prefer a therapist nearer my age' });
    expect(screen.getByTestId('therapist-name')).toHaveTextContent('Elena Ruiz');
  });

  it('refreshes the options when the chosen therapist can no longer take the member', async () => {
    const fetchMock = openPage(waiting, {
      'POST /api/referrals/me/change': problem(409, 'therapist-not-eligible', 'Therapist not eligible'),
    });
    await userEvent.click(await screen.findByTestId('choose-therapist-t2'));
    await userEvent.click(screen.getByTestId('confirm-action'));
    expect(await screen.findByTestId('change-problem')).toHaveTextContent('This therapist can no longer see you');
    await waitFor(() =>
      expect(calledPaths(fetchMock).filter((path) => path === 'GET /api/referrals/me/options')).toHaveLength(2),
    );
  });
});

describe('member home referral card', () => {
  const home = {
    'GET /api/identity/me': json(member),
    'GET /api/journey/me': json({ pseudonym: 'Quiet Heron', sponsorDisplayName: 'Acme', steps: [] }),
    'GET /api/enrolment/me': problem(404, 'not-found', 'Not found'),
    'GET /api/clearance/me': problem(404, 'not-found', 'Not found'),
  };

  it('gives the therapist’s status in one line with a link to the page', async () => {
    fakeServer({ ...home, 'GET /api/referrals/me': json(waiting) });
    renderApp('/member');
    const card = await screen.findByTestId('referral-card');
    expect(within(card).getByRole('heading')).toHaveTextContent('Your therapist');
    expect(card).toHaveTextContent('Waiting for Elena Ruiz to accept (usually within 3 days).');
    expect(within(card).getByRole('link', { name: 'See your therapist' })).toHaveAttribute('href', '/member/therapist');
  });

  it('is left out while clearance is pending', async () => {
    const fetchMock = fakeServer({ ...home, 'GET /api/referrals/me': json({ ...blocked, status: 'AWAITING_CLEARANCE' }) });
    renderApp('/member');
    await screen.findByTestId('home-heading');
    await waitFor(() => expect(calledPaths(fetchMock)).toContain('GET /api/referrals/me'));
    await waitFor(() => expect(screen.queryByRole('status')).not.toBeInTheDocument());
    expect(screen.queryByTestId('referral-card')).not.toBeInTheDocument();
  });
});
