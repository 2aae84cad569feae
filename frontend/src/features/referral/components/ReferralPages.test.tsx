import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { configureApiClient } from '../../../lib/api-client';
import { calledPaths, fakeServer, json, problem } from '../../../test/fake-server';
import { renderApp } from '../../../test/render-app';
import type { ReferralDetail, ReferralSummary } from '../api/referral-api';

beforeEach(() => configureApiClient({ onUnauthorized: () => {} }));

const therapist = { id: 'u1', role: 'PROVIDER', displayName: 'Elena Ruiz', employer: null };

const offered: ReferralSummary = {
  id: 'r1',
  status: 'OFFERED',
  pseudonym: 'Blue Heron',
  state: 'UT',
  ageBand: '30-39',
  language: 'es',
  languageRequired: true,
  setting: 'HOME_WITH_SITTER',
  urgent: true,
  offeredAt: '2026-11-20T10:00:00Z',
  respondBy: '2026-11-23T10:00:00Z',
  acceptedAt: null,
};
const calm: ReferralSummary = { ...offered, id: 'r2', pseudonym: 'Quiet Otter', state: 'CA', urgent: false, language: null, languageRequired: false, setting: 'OFFICE_MONITORED' };
const withheld: ReferralDetail = {
  ...offered,
  screening: [
    { instrument: 'PHQ9', total: 16, maximum: 27, band: 'MODERATELY_SEVERE', answers: [2, 2, 2, 2, 2, 2, 2, 1, 1] },
    { instrument: 'CONTRAINDICATIONS', total: 0, maximum: 7, band: 'NONE_REPORTED', answers: [0, 0, 0, 0, 0, 0, 0] },
  ],
  identity: null,
  identityWithheld: 'NOT_ACCEPTED',
};
const accepted: ReferralDetail = {
  ...withheld,
  status: 'ACCEPTED',
  acceptedAt: '2026-11-21T10:00:00Z',
  identity: {
    legalName: 'Ana María Pérez',
    birthDate: '1990-05-17',
    phone: '+1 (555) 010-0100',
    address: '1 Main St, Moab, UT',
    email: 'ana@example.com',
  },
  identityWithheld: null,
};

const field = (id: string) => document.getElementById(id) as HTMLTextAreaElement;

describe('referral queue', () => {
  it('lists new referrals in plain words, and accepting opens the referral with the contact details', async () => {
    const fetchMock = fakeServer({
      'GET /api/identity/me': json(therapist),
      'GET /api/referrals/queue': json([offered, calm]),
      'GET /api/referrals/mine': json([]),
      'POST /api/referrals/r1/accept': json(accepted),
      'GET /api/referrals/r1': json(accepted),
    });
    renderApp('/provider/referrals');
    expect(await screen.findByRole('link', { name: 'Referrals' })).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'Referrals waiting for your answer' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.getAttribute('data-referral-id'))).toEqual(['r1', 'r2']);
    expect(rows[0]).toHaveTextContent('Urgent: thoughts of self-harm');
    expect(rows[0]).toHaveTextContent('Utah');
    expect(rows[0]).toHaveTextContent('30-39 years');
    expect(rows[0]).toHaveTextContent('Spanish (required)');
    expect(rows[0]).toHaveTextContent('At home, with a sober sitter');
    expect(rows[1]).toHaveTextContent('No preference');
    expect(rows[1]).not.toHaveTextContent('Urgent');
    expect(within(rows[1] as HTMLElement).getByTestId('view-referral-r2')).toHaveAttribute('href', '/provider/referrals/r2');

    await userEvent.click(screen.getByTestId('accept-referral-r1'));
    const contact = await screen.findByTestId('member-contact');
    expect(contact).toHaveTextContent('Ana María Pérez');
    expect(calledPaths(fetchMock)).toContain('POST /api/referrals/r1/accept');
  });

  it('says the licence is not valid today and refreshes the list', async () => {
    const fetchMock = fakeServer({
      'GET /api/identity/me': json(therapist),
      'GET /api/referrals/queue': json([offered]),
      'GET /api/referrals/mine': json([]),
      'POST /api/referrals/r1/accept': problem(409, 'licence-not-valid', 'Licence not valid'),
    });
    renderApp('/provider/referrals');
    await userEvent.click(await screen.findByTestId('accept-referral-r1'));
    expect(await screen.findByTestId('accept-problem')).toHaveTextContent(
      'Your license in Utah is not valid today; the referral was passed on to another therapist.',
    );
    await waitFor(() =>
      expect(calledPaths(fetchMock).filter((path) => path === 'GET /api/referrals/queue')).toHaveLength(2),
    );
  });

  it('tells prescribers (403) that referrals go to psychotherapists', async () => {
    fakeServer({
      'GET /api/identity/me': json(therapist),
      'GET /api/referrals/queue': problem(403, 'forbidden', 'Forbidden'),
    });
    renderApp('/provider/referrals');
    expect(await screen.findByTestId('referrals-psychotherapists-only')).toHaveTextContent('Referrals go to psychotherapists.');
  });

  it('links each of your members to their referral', async () => {
    fakeServer({
      'GET /api/identity/me': json(therapist),
      'GET /api/referrals/queue': json([]),
      'GET /api/referrals/mine': json([{ ...calm, status: 'ACCEPTED', acceptedAt: '2026-11-21T10:00:00Z' }]),
    });
    renderApp('/provider/referrals');
    expect(await screen.findByTestId('open-referral-r2')).toHaveAttribute('href', '/provider/referrals/r2');
    expect(screen.getByText('No referrals are waiting for you right now.')).toBeInTheDocument();
  });
});

describe('referral detail', () => {
  it('keeps contact details back until accepted, then shows them with links', async () => {
    fakeServer({
      'GET /api/identity/me': json(therapist),
      'GET /api/referrals/r1': json(withheld),
      'POST /api/referrals/r1/accept': json(accepted),
    });
    renderApp('/provider/referrals/r1');
    expect(await screen.findByTestId('contact-withheld')).toHaveTextContent(
      'The member’s name and contact details appear here after you accept the referral.',
    );
    expect(screen.getByTestId('urgent-banner')).toHaveTextContent('Urgent: thoughts of self-harm');
    expect(screen.getByTestId('referral-screening')).toHaveTextContent('PHQ-9 (depression): 16 of 27, moderately severe');

    await userEvent.click(screen.getByTestId('accept-referral'));
    const contact = await screen.findByTestId('member-contact');
    expect(contact).toHaveTextContent('Ana María Pérez');
    expect(contact).toHaveTextContent('May 17, 1990');
    expect(within(contact).getByRole('link', { name: 'ana@example.com' })).toHaveAttribute('href', 'mailto:ana@example.com');
    expect(within(contact).getByRole('link', { name: '+1 (555) 010-0100' })).toHaveAttribute('href', 'tel:+15550100100');
    expect(contact).toHaveTextContent('1 Main St, Moab, UT');
    expect(screen.getByTestId('referral-detail-status')).toHaveTextContent('Accepted');
    expect(screen.queryByTestId('accept-referral')).not.toBeInTheDocument();
    expect(screen.queryByTestId('contact-withheld')).not.toBeInTheDocument();
  });

  it('explains hidden details when the member withdrew consent', async () => {
    fakeServer({
      'GET /api/identity/me': json(therapist),
      'GET /api/referrals/r1': json({ ...accepted, identity: null, identityWithheld: 'CONSENT_REVOKED' }),
    });
    renderApp('/provider/referrals/r1');
    expect(await screen.findByTestId('contact-withheld')).toHaveTextContent(
      'The member has withdrawn their consent to release information, so their name and contact details are hidden.',
    );
    expect(screen.queryByTestId('member-contact')).not.toBeInTheDocument();
  });

  it('needs a reason of 3 to 500 characters to decline, then confirms it', async () => {
    const sent: unknown[] = [];
    let reply = problem(400, 'validation', 'Invalid request', {
      errors: [{ field: 'reason', message: 'size must be between 3 and 500' }],
    });
    const fetchMock = fakeServer({
      'GET /api/identity/me': json(therapist),
      'GET /api/referrals/r1': json(withheld),
      'POST /api/referrals/r1/decline': (init) => {
        sent.push(JSON.parse(String(init?.body)));
        return reply;
      },
    });
    renderApp('/provider/referrals/r1');
    await userEvent.click(await screen.findByTestId('decline-referral'));
    const reason = field('decline-reason');
    expect(reason).toHaveFocus();
    expect(reason).toHaveAttribute('name', 'reason');

    await userEvent.click(screen.getByTestId('confirm-decline'));
    expect(document.getElementById('decline-reason-error')).toHaveTextContent('Write why you cannot take this member.');
    expect(reason).toHaveAttribute('aria-invalid', 'true');
    await userEvent.type(reason, 'no');
    await userEvent.click(screen.getByTestId('confirm-decline'));
    expect(document.getElementById('decline-reason-error')).toHaveTextContent('Write at least 3 characters.');
    expect(calledPaths(fetchMock)).not.toContain('POST /api/referrals/r1/decline');

    await userEvent.type(reason, ' openings until March');
    await userEvent.click(screen.getByTestId('confirm-decline'));
    await waitFor(() =>
      expect(document.getElementById('decline-reason-error')).toHaveTextContent('size must be between 3 and 500'),
    );

    reply = json({ status: 'DECLINED' });
    await userEvent.click(screen.getByTestId('confirm-decline'));
    expect(await screen.findByTestId('referral-declined')).toHaveTextContent('You declined this referral.');
    expect(screen.getByTestId('back-to-referrals')).toHaveAttribute('href', '/provider/referrals');
    expect(sent[1]).toEqual({ reason: 'no openings until March' });
    expect(screen.queryByTestId('accept-referral')).not.toBeInTheDocument();
  });

  it('says the licence is not valid today and stops offering an answer', async () => {
    fakeServer({
      'GET /api/identity/me': json(therapist),
      'GET /api/referrals/r1': json(withheld),
      'POST /api/referrals/r1/accept': problem(409, 'licence-not-valid', 'Licence not valid'),
    });
    renderApp('/provider/referrals/r1');
    await userEvent.click(await screen.findByTestId('accept-referral'));
    expect(await screen.findByTestId('accept-problem')).toHaveTextContent(
      'Your license in Utah is not valid today; the referral was passed on to another therapist.',
    );
    expect(screen.queryByTestId('accept-referral')).not.toBeInTheDocument();
    expect(screen.queryByTestId('decline-referral')).not.toBeInTheDocument();
  });

  it('says when the referral is not the provider’s (404)', async () => {
    fakeServer({ 'GET /api/identity/me': json(therapist), 'GET /api/referrals/r9': problem(404, 'not-found', 'Not found') });
    renderApp('/provider/referrals/r9');
    expect(await screen.findByTestId('referral-not-found')).toHaveTextContent('This referral does not exist or was not sent to you.');
  });
});
