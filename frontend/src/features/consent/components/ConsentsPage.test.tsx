import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { configureApiClient } from '../../../lib/api-client';
import { LOCALE_STORAGE_KEY } from '../../../lib/i18n';
import { calledPaths, fakeServer, json, problem } from '../../../test/fake-server';
import { renderApp } from '../../../test/render-app';

beforeEach(() => configureApiClient({ onUnauthorized: () => {} }));

const member = { id: 'm1', role: 'MEMBER', displayName: 'Quiet Heron', employer: { id: 'e1', displayName: 'Sierra Soap Works' } };
const KINDS = ['TELEHEALTH', 'CARE_COORDINATION', 'RELEASE_OF_INFORMATION', 'EMPLOYER_REPORTS'] as const;
const TITLES = {
  TELEHEALTH: 'Consent to telehealth',
  CARE_COORDINATION: 'Consent to care coordination',
  RELEASE_OF_INFORMATION: 'Release of information to your providers',
  EMPLOYER_REPORTS: 'Counting in anonymous employer totals',
};

function doc(kind: (typeof KINDS)[number], status: string, extra: Record<string, unknown> = {}) {
  const accepted = status === 'ACCEPTED' || status === 'ACCEPTED_EARLIER_VERSION';
  return {
    kind,
    version: 2,
    language: 'en',
    title: TITLES[kind],
    body: `First paragraph about ${kind}.\n\nSecond paragraph.`,
    publishedAt: '2026-10-01T12:00:00Z',
    status,
    acceptedVersion: accepted ? 2 : null,
    acceptedAt: accepted ? '2026-11-03T17:20:00Z' : null,
    ...extra,
  };
}

const bodyOf = (fetchMock: ReturnType<typeof fakeServer>, path: string) => {
  const call = fetchMock.mock.calls.find(([input, init]) => String(input) === path && init?.method === 'POST');
  return call?.[1]?.body === undefined ? undefined : JSON.parse(String(call[1].body));
};

describe('consents', () => {
  it('shows the four documents with their paragraphs and accepts one with its version', async () => {
    const fetchMock = fakeServer({
      'GET /api/identity/me': json(member),
      'GET /api/consents?language=en': json([
        doc('EMPLOYER_REPORTS', 'ACCEPTED'),
        doc('TELEHEALTH', 'NOT_ACCEPTED'),
        doc('CARE_COORDINATION', 'ACCEPTED'),
        doc('RELEASE_OF_INFORMATION', 'ACCEPTED'),
      ]),
      'POST /api/consents/TELEHEALTH/accept': json(doc('TELEHEALTH', 'ACCEPTED')),
    });
    renderApp('/member/consents');

    const card = await screen.findByTestId('consent-TELEHEALTH');
    expect(within(card).getByRole('heading', { name: 'Consent to telehealth' })).toBeInTheDocument();
    expect(within(card).getByText('First paragraph about TELEHEALTH.')).toBeInTheDocument();
    expect(within(card).getByText('Second paragraph.')).toBeInTheDocument();
    expect(screen.getByTestId('consent-status-TELEHEALTH')).toHaveTextContent('Not accepted yet');
    expect(screen.getByTestId('consent-progress')).toHaveTextContent('3 of 4 accepted');
    expect(screen.queryByTestId('go-to-screening')).toBeNull();
    // Shown in the fixed order, whatever order the server sent.
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(headings.slice(0, 4)).toEqual(KINDS.map((kind) => TITLES[kind]));

    await userEvent.click(screen.getByTestId('accept-TELEHEALTH'));

    expect(await screen.findByTestId('consent-done-TELEHEALTH')).toHaveTextContent('Thank you. Your consent is recorded.');
    expect(screen.getByTestId('consent-done-TELEHEALTH')).toHaveFocus();
    expect(bodyOf(fetchMock, '/api/consents/TELEHEALTH/accept')).toEqual({ version: 2 });
    expect(screen.getByTestId('consent-status-TELEHEALTH')).toHaveTextContent('Accepted');
    expect(screen.queryByTestId('accept-TELEHEALTH')).toBeNull();
    expect(screen.getByTestId('go-to-screening')).toHaveAttribute('href', '/member/screening');
    expect(screen.getByTestId('go-to-screening')).toHaveTextContent('Continue to the questionnaires');
  });

  it('revokes release of information only after a confirm step that says referrals stop at once', async () => {
    const fetchMock = fakeServer({
      'GET /api/identity/me': json(member),
      'GET /api/consents?language=en': json(KINDS.map((kind) => doc(kind, 'ACCEPTED'))),
      'POST /api/consents/RELEASE_OF_INFORMATION/revoke': json(doc('RELEASE_OF_INFORMATION', 'REVOKED')),
    });
    renderApp('/member/consents');

    expect(await screen.findByTestId('go-to-screening')).toBeInTheDocument();
    await userEvent.click(screen.getByTestId('revoke-RELEASE_OF_INFORMATION'));

    const card = screen.getByTestId('consent-RELEASE_OF_INFORMATION');
    expect(card).toHaveTextContent('Revoke your consent to “Release of information to your providers”?');
    expect(card).toHaveTextContent('Revoking release of information stops new referrals at once');
    expect(calledPaths(fetchMock)).not.toContain('POST /api/consents/RELEASE_OF_INFORMATION/revoke');

    await userEvent.click(within(card).getByTestId('confirm-action'));

    expect(await screen.findByTestId('consent-done-RELEASE_OF_INFORMATION')).toHaveTextContent('Your consent is revoked.');
    expect(calledPaths(fetchMock)).toContain('POST /api/consents/RELEASE_OF_INFORMATION/revoke');
    expect(screen.getByTestId('consent-status-RELEASE_OF_INFORMATION')).toHaveTextContent('Revoked');
    expect(screen.getByTestId('accept-RELEASE_OF_INFORMATION')).toBeInTheDocument();
    expect(screen.queryByTestId('go-to-screening')).toBeNull();
  });

  it('can cancel a revoke without calling the server', async () => {
    const fetchMock = fakeServer({
      'GET /api/identity/me': json(member),
      'GET /api/consents?language=en': json(KINDS.map((kind) => doc(kind, 'ACCEPTED'))),
    });
    renderApp('/member/consents');

    await userEvent.click(await screen.findByTestId('revoke-TELEHEALTH'));
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));

    expect(screen.getByTestId('revoke-TELEHEALTH')).toHaveFocus();
    expect(calledPaths(fetchMock).filter((path) => path.startsWith('POST'))).toEqual([]);
  });

  it('asks to accept a new version, keeping the earlier acceptance in view', async () => {
    const fetchMock = fakeServer({
      'GET /api/identity/me': json(member),
      'GET /api/consents?language=en': json([
        ...KINDS.slice(0, 3).map((kind) => doc(kind, 'ACCEPTED')),
        doc('EMPLOYER_REPORTS', 'ACCEPTED_EARLIER_VERSION', { version: 3, acceptedVersion: 2 }),
      ]),
      'POST /api/consents/EMPLOYER_REPORTS/accept': json(doc('EMPLOYER_REPORTS', 'ACCEPTED', { version: 3, acceptedVersion: 3 })),
    });
    renderApp('/member/consents');

    const notice = await screen.findByTestId('consent-new-version-EMPLOYER_REPORTS');
    expect(notice).toHaveTextContent('There is a new version of this document');
    expect(notice).toHaveTextContent('You accepted version 2 on');
    expect(notice).toHaveTextContent('Please read version 3 below and accept it to continue.');
    expect(screen.getByTestId('revoke-EMPLOYER_REPORTS')).toBeInTheDocument();
    expect(screen.queryByTestId('go-to-screening')).toBeNull();

    await userEvent.click(screen.getByTestId('accept-EMPLOYER_REPORTS'));

    expect(await screen.findByTestId('go-to-screening')).toBeInTheDocument();
    expect(bodyOf(fetchMock, '/api/consents/EMPLOYER_REPORTS/accept')).toEqual({ version: 3 });
  });

  it('reloads the documents when the version changed meanwhile (409)', async () => {
    const fetchMock = fakeServer({
      'GET /api/identity/me': json(member),
      'GET /api/consents?language=en': json(KINDS.map((kind) => doc(kind, 'NOT_ACCEPTED'))),
      'POST /api/consents/TELEHEALTH/accept': problem(409, 'conflict', 'Conflict'),
    });
    renderApp('/member/consents');

    await userEvent.click(await screen.findByTestId('accept-TELEHEALTH'));

    expect(await screen.findByTestId('consent-stale')).toHaveTextContent('A document was just updated.');
    await waitFor(() =>
      expect(calledPaths(fetchMock).filter((path) => path === 'GET /api/consents?language=en')).toHaveLength(2),
    );
  });

  it('asks for the documents in Spanish when the page is in Spanish', async () => {
    window.localStorage.setItem(LOCALE_STORAGE_KEY, 'es');
    fakeServer({
      'GET /api/identity/me': json(member),
      'GET /api/consents?language=es': json([doc('TELEHEALTH', 'NOT_ACCEPTED', { language: 'es', title: 'Consentimiento para telesalud' })]),
    });
    renderApp('/member/consents');

    expect(await screen.findByRole('heading', { name: 'Consentimiento para telesalud' })).toBeInTheDocument();
    expect(screen.getByTestId('accept-TELEHEALTH')).toHaveTextContent('Estoy de acuerdo');
    expect(screen.getByTestId('consent-status-TELEHEALTH')).toHaveTextContent('Todavía sin aceptar');
  });
});
