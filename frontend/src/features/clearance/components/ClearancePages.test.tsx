import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { catalog } from '../../../app/i18n/catalog';
import { configureApiClient } from '../../../lib/api-client';
import { I18nProvider } from '../../../lib/i18n';
import { calledPaths, fakeServer, json, problem } from '../../../test/fake-server';
import { renderApp } from '../../../test/render-app';
import type { CaseDetail, QueueRow } from '../api/clearance-api';
import { DecisionForm } from './DecisionForm';

beforeEach(() => configureApiClient({ onUnauthorized: () => {} }));

const prescriber = { id: 'u1', role: 'PROVIDER', displayName: 'Dr. Lee', employer: null };
const member = { id: 'u2', role: 'MEMBER', displayName: 'Blue Heron', employer: null };

const screening = [
  { instrument: 'PHQ9', total: 16, maximum: 27, band: 'MODERATELY_SEVERE' },
  { instrument: 'CONTRAINDICATIONS', total: 1, maximum: 7, band: 'PRESCRIBER_REVIEW' },
];
const calm: QueueRow = {
  id: 'c1',
  pseudonym: 'Quiet Otter',
  state: 'CA',
  urgent: false,
  queuedAt: '2026-01-01T10:00:00Z',
  screening,
  reviewReasons: ['INTERACTING_MEDICATIONS'],
};
const urgent: QueueRow = { ...calm, id: 'c2', pseudonym: 'Blue Heron', urgent: true, queuedAt: '2026-01-03T10:00:00Z', reviewReasons: [] };

const detail: CaseDetail = {
  id: 'c2',
  status: 'IN_REVIEW',
  pseudonym: 'Blue Heron',
  state: 'CA',
  urgent: true,
  queuedAt: '2026-01-03T10:00:00Z',
  acceptedAt: '2026-01-04T10:00:00Z',
  screening: [{ instrument: 'CONTRAINDICATIONS', total: 1, maximum: 7, band: 'PRESCRIBER_REVIEW', answers: [0, 0, 0, 0, 0, 0, 1] }],
  reviewReasons: ['INTERACTING_MEDICATIONS'],
  contraindicationDetails: 'Sertraline 50 mg',
  identity: { legalName: 'Ana María Pérez', birthDate: '1990-05-17', phone: '+1 555 0100', address: '1 Main St, Palm Springs, CA', email: 'ana@example.com' },
  identityWithheld: false,
};

const field = (id: string) => document.getElementById(id) as HTMLInputElement;

describe('clearance queue', () => {
  it('lists urgent cases first with plain reasons, and accepting posts and opens the case', async () => {
    const fetchMock = fakeServer({
      'GET /api/identity/me': json(prescriber),
      'GET /api/clearance/queue': json([calm, urgent]),
      'GET /api/clearance/cases/mine': json([]),
      'POST /api/clearance/cases/c2/accept': json(detail),
      'GET /api/clearance/cases/c2': json(detail),
    });
    renderApp('/provider/clearance');
    expect(await screen.findByRole('link', { name: 'Clearance queue' })).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'Members waiting for a prescriber' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.getAttribute('data-case-id'))).toEqual(['c2', 'c1']);
    expect(rows[0]).toHaveTextContent('Urgent: thoughts of self-harm');
    expect(rows[1]).not.toHaveTextContent('Urgent');
    expect(rows[1]).toHaveTextContent('Takes medicines that might interact with ketamine');
    expect(rows[1]).toHaveTextContent('PHQ-9 (depression): 16 of 27, moderately severe');

    await userEvent.click(screen.getByTestId('accept-case-c2'));
    expect(await screen.findByTestId('clearance-case')).toBeInTheDocument();
    expect(calledPaths(fetchMock)).toContain('POST /api/clearance/cases/c2/accept');
  });

  it('says another prescriber took the case (409) and reloads the queue', async () => {
    const fetchMock = fakeServer({
      'GET /api/identity/me': json(prescriber),
      'GET /api/clearance/queue': json([calm]),
      'GET /api/clearance/cases/mine': json([]),
      'POST /api/clearance/cases/c1/accept': problem(409, 'conflict', 'Conflict'),
    });
    renderApp('/provider/clearance');
    await userEvent.click(await screen.findByTestId('accept-case-c1'));
    expect(await screen.findByTestId('case-taken')).toHaveTextContent('Another prescriber took this case');
    await waitFor(() =>
      expect(calledPaths(fetchMock).filter((path) => path === 'GET /api/clearance/queue')).toHaveLength(2),
    );
  });

  it('tells psychotherapists (403) that prescribers do medical clearance', async () => {
    fakeServer({
      'GET /api/identity/me': json(prescriber),
      'GET /api/clearance/queue': problem(403, 'forbidden', 'Forbidden'),
    });
    renderApp('/provider/clearance');
    expect(await screen.findByTestId('clearance-prescribers-only')).toHaveTextContent(
      'Medical clearance is done by prescribers.',
    );
  });

  it('links my cases to their pages', async () => {
    fakeServer({
      'GET /api/identity/me': json(prescriber),
      'GET /api/clearance/queue': json([]),
      'GET /api/clearance/cases/mine': json([{ ...urgent, status: 'IN_REVIEW' }]),
    });
    renderApp('/provider/clearance');
    const link = await screen.findByTestId('open-case-c2');
    expect(link).toHaveAttribute('href', '/provider/clearance/c2');
    expect(within(screen.getByTestId('my-cases')).getByText('In review')).toBeInTheDocument();
  });
});

describe('clearance case', () => {
  it('shows the identity with its recorded note, the urgent banner and the answers', async () => {
    fakeServer({ 'GET /api/identity/me': json(prescriber), 'GET /api/clearance/cases/c2': json(detail) });
    renderApp('/provider/clearance/c2');
    const identity = await screen.findByTestId('member-identity');
    expect(identity).toHaveTextContent('Ana María Pérez');
    expect(identity).toHaveTextContent('ana@example.com');
    expect(identity).toHaveTextContent('This view is recorded');
    expect(screen.getByTestId('urgent-banner')).toHaveTextContent('Urgent: thoughts of self-harm');
    expect(screen.getByTestId('screening-CONTRAINDICATIONS')).toHaveTextContent(
      'Takes medicines that might interact with ketamine: Yes',
    );
    expect(screen.getByTestId('contraindication-details')).toHaveTextContent('Sertraline 50 mg');
  });

  it('says when the member’s consent to share identity is not in force', async () => {
    fakeServer({
      'GET /api/identity/me': json(prescriber),
      'GET /api/clearance/cases/c2': json({ ...detail, urgent: false, identity: null, identityWithheld: true }),
    });
    renderApp('/provider/clearance/c2');
    expect(await screen.findByTestId('identity-withheld')).toHaveTextContent(
      'The member’s consent to share identity is not in force',
    );
    expect(screen.queryByTestId('member-identity')).not.toBeInTheDocument();
    expect(screen.queryByTestId('urgent-banner')).not.toBeInTheDocument();
  });

  it('validates the decision in the browser without calling the server', async () => {
    const fetchMock = vi.fn();
    vi.stubGlobal('fetch', fetchMock);
    render(
      <I18nProvider catalog={catalog}>
        <DecisionForm caseId="c2" onRecorded={() => {}} />
      </I18nProvider>,
    );
    await userEvent.click(screen.getByTestId('record-decision'));
    expect(document.getElementById('outcome-error')).toHaveTextContent('Choose an outcome.');

    await userEvent.click(field('outcome-NOT_CLEARED'));
    await userEvent.click(screen.getByTestId('record-decision'));
    expect(document.getElementById('message-to-member-error')).toHaveTextContent('Write a kind message');
    expect(field('message-to-member')).toHaveFocus();
    expect(screen.getByText(/point to other support/)).toBeInTheDocument();

    await userEvent.click(field('outcome-CLEARED'));
    expect(document.querySelectorAll('input[name="setting"]')).toHaveLength(2);
    await userEvent.click(screen.getByTestId('record-decision'));
    expect(document.getElementById('setting-error')).toHaveTextContent('Choose where the sessions should take place.');
    expect(document.getElementById('message-to-member-error')).not.toBeInTheDocument();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('shows the server’s field error, then the recorded decision', async () => {
    const sent: unknown[] = [];
    let reply = problem(400, 'validation', 'Invalid request', {
      errors: [{ field: 'messageToMember', message: 'must not be blank' }],
    });
    fakeServer({
      'GET /api/identity/me': json(prescriber),
      'GET /api/clearance/cases/c2': json(detail),
      'POST /api/clearance/cases/c2/decision': (init) => {
        sent.push(JSON.parse(String(init?.body)));
        return reply;
      },
    });
    renderApp('/provider/clearance/c2');
    await userEvent.click(await screen.findByLabelText('Cleared'));
    await userEvent.click(screen.getByLabelText('At home, with a sober sitter'));
    await userEvent.type(field('message-to-member'), 'Bring your sitter’s phone number.');
    await userEvent.click(screen.getByTestId('record-decision'));
    await waitFor(() => expect(document.getElementById('message-to-member-error')).toHaveTextContent('must not be blank'));

    reply = json({ ...detail, status: 'CLEARED' });
    await userEvent.click(screen.getByTestId('record-decision'));
    const recorded = await screen.findByTestId('decision-recorded');
    expect(recorded).toHaveTextContent('Outcome: Cleared.');
    expect(recorded).toHaveTextContent('Recommended setting: At home, with a sober sitter.');
    expect(sent[1]).toEqual({ outcome: 'CLEARED', setting: 'HOME_WITH_SITTER', messageToMember: 'Bring your sitter’s phone number.' });
    expect(screen.queryByTestId('decision-form')).not.toBeInTheDocument();
  });
});

describe('member clearance card', () => {
  const memberRoutes = {
    'GET /api/identity/me': json(member),
    'GET /api/journey/me': json({ pseudonym: 'Blue Heron', sponsorDisplayName: 'Acme', steps: [] }),
    'GET /api/enrolment/me': problem(404, 'not-found', 'Not found'),
  };

  it.each([
    [{ status: 'IN_REVIEW', setting: null, messageToMember: null, decidedAt: null }, ['A prescriber is reviewing your answers']],
    [
      { status: 'CLEARED', setting: 'OFFICE_MONITORED', messageToMember: null, decidedAt: '2026-01-05T10:00:00Z' },
      ['You are medically cleared for ketamine-assisted psychotherapy; recommended setting: monitored in an office.'],
    ],
    [
      { status: 'NOT_CLEARED', setting: null, messageToMember: 'Thank you for your openness.', decidedAt: '2026-01-05T10:00:00Z' },
      ['Thank you for your openness.', 'Other support: your own doctor, 988'],
    ],
    [
      { status: 'MORE_INFORMATION', setting: null, messageToMember: 'Which dose of sertraline?', decidedAt: '2026-01-05T10:00:00Z' },
      ['Which dose of sertraline?'],
    ],
  ])('words %o for the member', async (clearance, texts) => {
    fakeServer({ ...memberRoutes, 'GET /api/clearance/me': json(clearance) });
    renderApp('/member');
    const card = await screen.findByTestId('clearance-status');
    expect(within(card).getByRole('heading')).toHaveTextContent('Medical clearance');
    for (const text of texts) expect(card).toHaveTextContent(text);
  });

  it('is left out before the case exists (404)', async () => {
    const fetchMock = fakeServer({ ...memberRoutes, 'GET /api/clearance/me': problem(404, 'not-found', 'Not found') });
    renderApp('/member');
    await screen.findByTestId('home-heading');
    await waitFor(() => expect(calledPaths(fetchMock)).toContain('GET /api/clearance/me'));
    await waitFor(() => expect(screen.queryByRole('status')).not.toBeInTheDocument());
    expect(screen.queryByTestId('clearance-status')).not.toBeInTheDocument();
  });
});
