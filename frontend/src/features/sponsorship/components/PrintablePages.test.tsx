import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { configureApiClient } from '../../../lib/api-client';
import { LOCALE_STORAGE_KEY } from '../../../lib/i18n';
import { fakeServer, json } from '../../../test/fake-server';
import { renderApp } from '../../../test/render-app';
import { ACTIVE, hrMe, programme, statement } from './test-data';

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
  const STATEMENT_PATH = 'GET /api/sponsorship/programmes/p1/statements/2026-11';
  const openStatement = async (view = statement()) => {
    fakeServer({ 'GET /api/identity/me': json(hrMe), [STATEMENT_PATH]: json(view) });
    renderApp('/hr/programmes/p1/statements/2026-11');
    return screen.findByTestId('statement');
  };

  it('shows the amount due, cells, the privacy note, a CSV link and Print', async () => {
    const page = await openStatement();
    expect(page).toHaveTextContent('Statement for November 2026');
    expect(page).toHaveTextContent('Sierra Soap Works');
    expect(page).toHaveTextContent('Final statement');
    expect(screen.getByTestId('statement-amount')).toHaveTextContent('$126,000.00');
    expect(page).toHaveTextContent('$3,150.00');
    expect(page).toHaveTextContent('Fewer than 11');
    expect(page).toHaveTextContent('Not shown to protect privacy');
    expect(page).toHaveTextContent('Package hours used to the end of this month');
    expect(screen.queryByTestId('statement-usage-not-published')).toBeNull();
    expect(page).toHaveTextContent('Statements never list individual people.');
    const csvLink = screen.getByTestId('statement-csv');
    expect(csvLink).toHaveAttribute('href', '/api/sponsorship/programmes/p1/statements/2026-11.csv');
    expect(csvLink).toHaveAttribute('download');
    expect(screen.getByRole('button', { name: 'Print' })).toBeInTheDocument();
  });

  it('shows published usage figures as numbers', async () => {
    const page = await openStatement(
      statement({
        seatsInUse: { value: 57, suppressed: false },
        seatsAvailable: { value: 143, suppressed: false },
        packageHoursConsumed: { value: 612, suppressed: false },
      }),
    );
    const hours = within(page).getByText('Package hours used to the end of this month');
    expect(hours.nextElementSibling).toHaveTextContent('612');
    expect(page).toHaveTextContent('57');
    expect(page).toHaveTextContent('143');
    expect(page).not.toHaveTextContent('Fewer than 11');
  });

  it('says usage appears once the month’s report is published, never “fewer than 11”', async () => {
    const page = await openStatement(
      statement({ final: false, issuedAt: '2026-11-20T12:00:00Z', usagePublished: false }),
    );
    expect(page).toHaveTextContent('Month to date (not final)');
    expect(screen.getByTestId('statement-usage-not-published')).toHaveTextContent(
      'Usage figures appear once this month’s report is published',
    );
    expect(page).not.toHaveTextContent('Fewer than 11');
    expect(page).not.toHaveTextContent('Not shown to protect privacy');
    expect(page).not.toHaveTextContent('Package hours used');
    // Billing and the package itself do not depend on the report.
    expect(screen.getByTestId('statement-amount')).toHaveTextContent('$126,000.00');
    expect(page).toHaveTextContent('Package hours per person');
    expect(page).toHaveTextContent('18 hours');
  });

  it('waits for the report of a closed month too, in Spanish', async () => {
    window.localStorage.setItem(LOCALE_STORAGE_KEY, 'es');
    const page = await openStatement(statement({ usagePublished: false }));
    expect(page).toHaveTextContent('Estado de cuenta definitivo');
    expect(screen.getByTestId('statement-usage-not-published')).toHaveTextContent(
      'Las cifras de uso aparecen cuando se publica el informe de este mes.',
    );
    expect(page).not.toHaveTextContent('Menos de 11');
  });

  it('labels the hours as used to the end of the month in Spanish', async () => {
    window.localStorage.setItem(LOCALE_STORAGE_KEY, 'es');
    const page = await openStatement();
    expect(page).toHaveTextContent('Horas del paquete usadas hasta el final de este mes');
    expect(page).toHaveTextContent('Menos de 11');
  });

  it('formats the amount in the reader’s language', async () => {
    await openStatement();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'es');
    expect(screen.getByTestId('statement-amount').textContent?.replace(/\s/g, ' ')).toMatch(/126\.000,00/);
    expect(screen.getByTestId('statement')).toHaveTextContent('Estado de cuenta definitivo');
  });
});
