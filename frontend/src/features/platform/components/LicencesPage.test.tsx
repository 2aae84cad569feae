import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { configureApiClient } from '../../../lib/api-client';
import { calledPaths, fakeServer, json, problem } from '../../../test/fake-server';
import { renderApp } from '../../../test/render-app';

beforeEach(() => configureApiClient({ onUnauthorized: () => {} }));

const admin = { id: 'a1', role: 'PLATFORM_ADMIN', displayName: 'Pat Operator', employer: null };
const row = (id: string, number: string, extra: Record<string, unknown> = {}) => ({
  id,
  providerId: 'p1',
  providerName: 'Dr. Ana Ruiz',
  kind: 'PSYCHOTHERAPIST',
  state: 'CA',
  licenceType: 'LMFT',
  number,
  issuedOn: '2024-01-01',
  expiresOn: '2027-12-31',
  status: 'PENDING',
  verifiedBy: null,
  verifiedAt: null,
  rejectionReason: null,
  ...extra,
});
const PENDING = 'GET /api/providers/licences?status=PENDING';
const EXPIRING = 'GET /api/providers/licences/expiring';

describe('licences page', () => {
  it('is in the operator’s navigation and lists licences expiring soon', async () => {
    fakeServer({
      'GET /api/identity/me': json(admin),
      'GET /api/employers': json([]),
      'GET /api/providers': json([]),
      [PENDING]: json([]),
      [EXPIRING]: json([
        row('l9', 'LMFT 777', { status: 'VERIFIED', expiresOn: '2026-12-01', verifiedBy: 'Pat Operator', verifiedAt: '2026-01-02T10:00:00Z' }),
      ]),
    });
    renderApp('/admin');
    const nav = await screen.findByRole('navigation', { name: 'Main' });
    await userEvent.click(await within(nav).findByRole('link', { name: 'Licenses' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Licenses' })).toBeInTheDocument();
    expect(await screen.findByText('No licenses are waiting for verification.')).toBeInTheDocument();
    const expiring = await screen.findByTestId('expiring-licences');
    expect(within(expiring).getByRole('row', { name: /LMFT 777/ })).toHaveTextContent('Dec 1, 2026');
    expect(within(expiring).getByRole('row', { name: /LMFT 777/ })).toHaveTextContent('Pat Operator');
  });

  it('verifies a licence and removes it from the pending list', async () => {
    const fetchMock = fakeServer({
      'GET /api/identity/me': json(admin),
      [PENDING]: json([row('l1', 'LMFT 12345'), row('l2', 'LP 999', { state: 'NY', licenceType: 'LP' })]),
      [EXPIRING]: json([]),
      'POST /api/providers/licences/l1/verify': json(row('l1', 'LMFT 12345', { status: 'VERIFIED', verifiedBy: 'Pat Operator' })),
    });
    renderApp('/admin/licences');
    const table = await screen.findByRole('table', { name: 'Licenses waiting for verification' });
    expect(within(table).getByRole('row', { name: /LMFT 12345/ })).toBeInTheDocument();

    await userEvent.click(screen.getByTestId('verify-licence-l1'));

    await waitFor(() => expect(within(table).queryByRole('row', { name: /LMFT 12345/ })).not.toBeInTheDocument());
    expect(within(table).getByRole('row', { name: /LP 999/ })).toBeInTheDocument();
    expect(screen.getByTestId('licence-review-done')).toHaveTextContent('License LMFT 12345 of Dr. Ana Ruiz is verified.');
    expect(calledPaths(fetchMock)).toContain('POST /api/providers/licences/l1/verify');
  });

  it('rejects only with a reason, and sends the reason', async () => {
    let sent: unknown;
    const fetchMock = fakeServer({
      'GET /api/identity/me': json(admin),
      [PENDING]: json([row('l1', 'LMFT 12345')]),
      [EXPIRING]: json([]),
      'POST /api/providers/licences/l1/reject': (init) => {
        sent = JSON.parse(String(init?.body));
        return json(row('l1', 'LMFT 12345', { status: 'REJECTED', rejectionReason: 'Number not found' }));
      },
    });
    renderApp('/admin/licences');
    await userEvent.click(await screen.findByTestId('reject-licence-l1'));
    const reason = document.getElementById('rejection-reason') as HTMLTextAreaElement;
    expect(reason).toHaveFocus();

    await userEvent.click(screen.getByTestId('confirm-reject'));
    expect(document.getElementById('rejection-reason-error')).toHaveTextContent('Enter the reason for the rejection.');
    expect(reason).toHaveAttribute('aria-invalid', 'true');
    expect(calledPaths(fetchMock)).not.toContain('POST /api/providers/licences/l1/reject');

    await userEvent.type(reason, 'Number not found in the CA board register');
    await userEvent.click(screen.getByTestId('confirm-reject'));

    await waitFor(() => expect(screen.getByText('No licenses are waiting for verification.')).toBeInTheDocument());
    expect(sent).toEqual({ reason: 'Number not found in the CA board register' });
    expect(screen.queryByTestId('reject-licence-form')).not.toBeInTheDocument();
  });

  it('shows the server’s field error under the reason', async () => {
    fakeServer({
      'GET /api/identity/me': json(admin),
      [PENDING]: json([row('l1', 'LMFT 12345')]),
      [EXPIRING]: json([]),
      'POST /api/providers/licences/l1/reject': problem(400, 'validation', 'Invalid request', {
        errors: [{ field: 'reason', message: 'size must be between 1 and 300' }],
      }),
    });
    renderApp('/admin/licences');
    await userEvent.click(await screen.findByTestId('reject-licence-l1'));
    await userEvent.type(document.getElementById('rejection-reason') as HTMLTextAreaElement, 'x');
    await userEvent.click(screen.getByTestId('confirm-reject'));
    await waitFor(() =>
      expect(document.getElementById('rejection-reason-error')).toHaveTextContent('size must be between 1 and 300'),
    );
    expect(screen.getByRole('table', { name: 'Licenses waiting for verification' })).toBeInTheDocument();
  });

  it('suspends a provider from the home table after saying their open referrals move', async () => {
    const provider = {
      id: 'p1', displayName: 'Dr. Ana Ruiz', kind: 'PRESCRIBER', languages: ['en'], timeZone: 'America/Los_Angeles',
      licensedStates: ['CA'], status: 'ACTIVE', capacity: 12, modalities: ['TELEHEALTH'],
    };
    const fetchMock = fakeServer({
      'GET /api/identity/me': json(admin),
      'GET /api/employers': json([]),
      'GET /api/providers': json([provider]),
      'POST /api/providers/p1/suspend': json({ ...provider, status: 'SUSPENDED' }),
    });
    renderApp('/admin');
    const table = await screen.findByRole('table', { name: 'Providers in the network' });
    expect(within(table).getByTestId('provider-status-p1')).toHaveTextContent('Active');

    await userEvent.click(within(table).getByTestId('suspend-provider-p1'));
    expect(screen.getByRole('group', { name: 'Suspend Dr. Ana Ruiz?' })).toHaveTextContent(
      'Their open referrals will go to other therapists',
    );
    expect(calledPaths(fetchMock)).not.toContain('POST /api/providers/p1/suspend');
    await userEvent.click(screen.getByTestId('confirm-action'));

    await waitFor(() => expect(within(table).getByTestId('provider-status-p1')).toHaveTextContent('Suspended'));
    expect(within(table).getByTestId('reactivate-provider-p1')).toBeInTheDocument();
  });
});
