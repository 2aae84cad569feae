import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { configureApiClient } from '../../../lib/api-client';
import { LOCALE_STORAGE_KEY } from '../../../lib/i18n';
import { fakeServer, json } from '../../../test/fake-server';
import { renderApp } from '../../../test/render-app';
import { ACTIVE, hrMe, programme } from './test-data';

beforeEach(() => configureApiClient({ onUnauthorized: () => {} }));

describe('announcement', () => {
  it('shows the code and both the English and the Spanish version, whatever the UI language', async () => {
    window.localStorage.setItem(LOCALE_STORAGE_KEY, 'es');
    fakeServer({
      'GET /api/identity/me': json(hrMe),
      'GET /api/sponsorship/programmes/p1': json(programme({ ...ACTIVE, states: ['CA', 'NY', 'UT', 'VT'] })),
    });
    renderApp('/hr/programmes/p1/announcement');

    const announcement = await screen.findByTestId('announcement');
    const english = within(announcement).getByTestId('announcement-en');
    const spanish = within(announcement).getByTestId('announcement-es');
    expect(english).toHaveAttribute('lang', 'en');
    expect(spanish).toHaveAttribute('lang', 'es');
    expect(english.compareDocumentPosition(spanish) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();

    for (const version of [english, spanish]) {
      expect(version).toHaveTextContent('SIERRA-7KQ2-M4');
      expect(version).toHaveTextContent(`${window.location.origin}/welcome`);
      expect(version).toHaveTextContent('988');
    }
    expect(english).toHaveTextContent(
      'Sierra Soap Works will never know whether you enroll. We never tell them who signs up, and they only see totals of 11 or more people.',
    );
    expect(english).toHaveTextContent('ketamine-assisted psychotherapy');
    expect(english).toHaveTextContent('Nobody is required to take any medicine.');
    expect(english).toHaveTextContent('California, New York, Utah, and Vermont');
    expect(english).toHaveTextContent('The benefit runs from Jan 1, 2027 to Dec 31, 2027.');
    expect(spanish).toHaveTextContent('Sierra Soap Works nunca sabrá si te inscribes.');
    expect(spanish).toHaveTextContent('California, Nueva York, Utah y Vermont');
    // The page around it follows the reader's language.
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Anuncio para tu personal');
    expect(screen.getByRole('button', { name: 'Imprimir' })).toBeInTheDocument();
  });

  it('explains that a draft has no announcement yet', async () => {
    fakeServer({
      'GET /api/identity/me': json(hrMe),
      'GET /api/sponsorship/programmes/p1': json(programme()),
    });
    renderApp('/hr/programmes/p1/announcement');
    expect(await screen.findByTestId('announcement-unavailable')).toHaveTextContent('once the programme is active');
    expect(screen.queryByTestId('announcement')).toBeNull();
  });
});

describe('statement', () => {
  const statement = {
    programmeName: '2027 Wellbeing Benefit',
    employerDisplayName: 'Sierra Soap Works',
    period: '2026-11',
    periodStart: '2026-11-01',
    periodEnd: '2026-11-30',
    final: false,
    issuedAt: '2026-11-20T12:00:00Z',
    pricePerSeatUsd: 3150.0,
    packageHours: 18,
    seatsPurchased: 40,
    seatsPurchasedThisPeriod: 40,
    amountDueUsd: '126000.00',
    seatsInUse: { value: null, suppressed: true },
    seatsAvailable: { value: null, suppressed: true },
    packageHoursConsumed: { value: null, suppressed: true },
  };

  it('shows the amount due, cells, the privacy note, a CSV link and Print', async () => {
    fakeServer({
      'GET /api/identity/me': json(hrMe),
      'GET /api/sponsorship/programmes/p1/statements/2026-11': json(statement),
    });
    renderApp('/hr/programmes/p1/statements/2026-11');

    const page = await screen.findByTestId('statement');
    expect(page).toHaveTextContent('Statement for November 2026');
    expect(page).toHaveTextContent('Sierra Soap Works');
    expect(page).toHaveTextContent('Month to date (not final)');
    expect(screen.getByTestId('statement-amount')).toHaveTextContent('$126,000.00');
    expect(page).toHaveTextContent('$3,150.00');
    expect(page).toHaveTextContent('Fewer than 11');
    expect(page).toHaveTextContent('Not shown to protect privacy');
    expect(page).toHaveTextContent('Statements never list individual people.');
    const csvLink = screen.getByTestId('statement-csv');
    expect(csvLink).toHaveAttribute('href', '/api/sponsorship/programmes/p1/statements/2026-11.csv');
    expect(csvLink).toHaveAttribute('download');
    expect(screen.getByRole('button', { name: 'Print' })).toBeInTheDocument();
  });

  it('formats the amount in the reader’s language', async () => {
    fakeServer({
      'GET /api/identity/me': json(hrMe),
      'GET /api/sponsorship/programmes/p1/statements/2026-11': json({ ...statement, final: true }),
    });
    renderApp('/hr/programmes/p1/statements/2026-11');
    await screen.findByTestId('statement');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'es');
    expect(screen.getByTestId('statement-amount').textContent?.replace(/\s/g, ' ')).toMatch(/126\.000,00/);
    expect(screen.getByTestId('statement')).toHaveTextContent('Estado de cuenta definitivo');
  });
});
