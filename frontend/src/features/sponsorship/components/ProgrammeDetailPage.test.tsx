import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { configureApiClient } from '../../../lib/api-client';
import { LOCALE_STORAGE_KEY } from '../../../lib/i18n';
import { calledPaths, fakeServer, json, problem } from '../../../test/fake-server';
import { renderApp } from '../../../test/render-app';
import { ACTIVE, hrMe, programme } from './test-data';

beforeEach(() => configureApiClient({ onUnauthorized: () => {} }));

const BASE = '/api/sponsorship/programmes/p1';

function detailRoutes(view = programme(), extra: Parameters<typeof fakeServer>[0] = {}) {
  return {
    'GET /api/identity/me': json(hrMe),
    [`GET ${BASE}`]: json(view),
    [`GET ${BASE}/history`]: json([
      { changedAt: '2026-11-02T10:00:00Z', changedBy: 'Robin HR', change: 'Created the programme.' },
    ]),
    [`GET ${BASE}/statements`]: json([]),
    ...extra,
  };
}

const csv = (text: string) => new File([text], 'eligible.csv', { type: 'text/csv' });

async function openDetail(routes: Parameters<typeof fakeServer>[0]) {
  const fetchMock = fakeServer(routes);
  renderApp('/hr/programmes/p1');
  await screen.findByTestId('seat-usage');
  return fetchMock;
}

describe('programme detail', () => {
  it('shows seat usage as cells, never a count under 11', async () => {
    await openDetail(
      detailRoutes(
        programme({
          seatUsage: {
            purchased: 40,
            inUse: { value: null, suppressed: true },
            available: { value: null, suppressed: true },
            asOf: '2026-10',
          },
        }),
      ),
    );
    const usage = screen.getByTestId('seat-usage');
    expect(within(usage).getByTestId('seats-purchased')).toHaveTextContent('40');
    expect(within(usage).getByTestId('seats-in-use')).toHaveTextContent('Fewer than 11');
    expect(within(usage).getByTestId('seats-available')).toHaveTextContent('Not shown to protect privacy');
    expect(within(usage).queryByTestId('usage-not-published')).toBeNull();
    expect(usage).toHaveTextContent('Counts from 1 to 10 are never shown, so no one can be singled out.');
    expect(await screen.findByText('Created the programme.')).toBeInTheDocument();
  });

  it('labels published usage with the month of its report and explains where it comes from', async () => {
    await openDetail(
      detailRoutes(
        programme({
          ...ACTIVE,
          seatUsage: {
            purchased: 200,
            inUse: { value: 57, suppressed: false },
            available: { value: 143, suppressed: false },
            asOf: '2026-10',
          },
        }),
      ),
    );
    const usage = screen.getByTestId('seat-usage');
    expect(within(usage).getByText('Seats in use at the end of October 2026').nextElementSibling).toHaveTextContent('57');
    expect(within(usage).getByText('Seats available at the end of October 2026').nextElementSibling).toHaveTextContent('143');
    expect(within(usage).getByTestId('seats-in-use')).toHaveTextContent('57');
    expect(within(usage).getByTestId('seats-available')).toHaveTextContent('143');
    expect(within(usage).getByTestId('usage-report-note')).toHaveTextContent(
      'Usage comes from the monthly report, with a little random noise added, so that nobody’s enrollment can be inferred.',
    );
    expect(within(usage).getByRole('link', { name: 'See the reports' })).toHaveAttribute('href', '/hr/reports');
  });

  it('says usage is published after the first full month, never “fewer than 11”', async () => {
    await openDetail(detailRoutes(programme({ ...ACTIVE })));
    const usage = screen.getByTestId('seat-usage');
    expect(within(usage).getByTestId('seats-purchased')).toHaveTextContent('40');
    expect(within(usage).getByTestId('usage-not-published')).toHaveTextContent('Published after the first full month');
    expect(usage).not.toHaveTextContent('Fewer than 11');
    expect(usage).not.toHaveTextContent('Not shown to protect privacy');
    expect(within(usage).queryByTestId('seats-in-use')).toBeNull();
    expect(within(usage).queryByTestId('seats-available')).toBeNull();
    expect(within(usage).getByRole('link', { name: 'See the reports' })).toHaveAttribute('href', '/hr/reports');
  });

  it('speaks Spanish about published and unpublished usage', async () => {
    window.localStorage.setItem(LOCALE_STORAGE_KEY, 'es');
    await openDetail(detailRoutes(programme({ ...ACTIVE })));
    expect(screen.getByTestId('usage-not-published')).toHaveTextContent('Se publica al cerrar el primer mes completo');
    expect(screen.getByTestId('seat-usage')).not.toHaveTextContent('Menos de 11');
    expect(screen.getByTestId('usage-report-note')).toHaveTextContent('El uso sale del informe mensual');
    cleanup();

    await openDetail(
      detailRoutes(
        programme({
          ...ACTIVE,
          seatUsage: {
            purchased: 40,
            inUse: { value: null, suppressed: true },
            available: { value: null, suppressed: true },
            asOf: '2026-10',
          },
        }),
      ),
    );
    const usage = screen.getByTestId('seat-usage');
    expect(usage).toHaveTextContent('Lugares en uso al final de octubre de 2026');
    expect(usage).toHaveTextContent('Lugares disponibles al final de octubre de 2026');
    expect(within(usage).getByTestId('seats-in-use')).toHaveTextContent('Menos de 11');
  });

  it('activates a draft only after the confirm step, then shows the enrolment code', async () => {
    const fetchMock = await openDetail(
      detailRoutes(programme(), { [`POST ${BASE}/activate`]: json(programme({ ...ACTIVE, version: 4 })) }),
    );
    expect(screen.queryByTestId('enrolment-code')).toBeNull();

    await userEvent.click(screen.getByTestId('activate-programme'));
    expect(calledPaths(fetchMock)).not.toContain(`POST ${BASE}/activate`);
    expect(screen.getByRole('group', { name: 'Activate this programme?' })).toHaveTextContent('Activating creates the enrollment code');

    await userEvent.click(screen.getByTestId('confirm-action'));

    expect(await screen.findByTestId('enrolment-code')).toHaveTextContent('SIERRA-7KQ2-M4');
    expect(screen.getByTestId('programme-status')).toHaveTextContent('Active');
    expect(screen.queryByTestId('activate-programme')).toBeNull();
    expect(screen.getByRole('link', { name: 'Print the announcement' })).toHaveAttribute('href', '/hr/programmes/p1/announcement');
  });

  it('rotates the code after explaining that the old one stops working', async () => {
    await openDetail(
      detailRoutes(programme({ ...ACTIVE }), {
        [`POST ${BASE}/enrolment-code`]: json(programme({ ...ACTIVE, enrolmentCode: 'SIERRA-NEW1-XY' })),
      }),
    );
    await userEvent.click(screen.getByTestId('rotate-code'));
    expect(screen.getByRole('group', { name: 'Change the enrollment code?' })).toHaveTextContent('The current code stops working at once.');
    await userEvent.click(screen.getByTestId('confirm-action'));
    await waitFor(() => expect(screen.getByTestId('enrolment-code')).toHaveTextContent('SIERRA-NEW1-XY'));
  });

  it('uploads the chosen file as the raw text/csv body and shows the counts', async () => {
    let refreshed = false;
    const fetchMock = await openDetail({
      ...detailRoutes(),
      [`GET ${BASE}`]: () =>
        json(
          refreshed
            ? programme({ eligibility: { eligibleTotal: 250, lastUpload: { uploadedAt: '2026-11-03T09:00:00Z', mode: 'APPEND', rowsAccepted: 250, uploadedBy: 'Robin HR' } } })
            : programme(),
        ),
      [`POST ${BASE}/eligibility?mode=APPEND`]: () => {
        refreshed = true;
        return json({ mode: 'APPEND', rowsAccepted: 250, rowsRejected: 0, eligibleTotal: 250 });
      },
    });
    const file = csv('email\nana@sierrasoap.example\n');

    await userEvent.upload(document.getElementById('eligibility-file') as HTMLInputElement, file);
    await userEvent.click(screen.getByRole('radio', { name: /Add/ }));
    await userEvent.click(screen.getByTestId('upload-eligibility'));

    const result = await screen.findByTestId('eligibility-result');
    expect(result).toHaveTextContent('250 rows accepted. 250 people are now on the list.');
    const upload = fetchMock.mock.calls.find(([path]) => String(path).includes('/eligibility'));
    expect(upload?.[1]?.body).toBe(file);
    expect((upload?.[1]?.headers as Record<string, string>)['Content-Type']).toBe('text/csv');
    await waitFor(() => expect(screen.getByTestId('eligible-total')).toHaveTextContent('250'));
  });

  it('asks for a file before uploading anything', async () => {
    const fetchMock = await openDetail(detailRoutes());
    await userEvent.click(screen.getByTestId('upload-eligibility'));
    expect(document.getElementById('eligibility-file-error')).toHaveTextContent('Choose a CSV file to upload.');
    expect(document.getElementById('eligibility-file')).toHaveFocus();
    expect(calledPaths(fetchMock).some((call) => call.includes('/eligibility'))).toBe(false);
  });

  it('lists the rejected lines of a 422 and says nothing was saved', async () => {
    await openDetail(
      detailRoutes(programme(), {
        [`POST ${BASE}/eligibility?mode=REPLACE`]: problem(422, 'eligibility-file-rejected', 'Eligibility file rejected', {
          detail: '2 lines were rejected; nothing was stored.',
          rowsAccepted: 3,
          rowsRejected: 2,
          rejectedLines: [
            { line: 3, code: 'INVALID_EMAIL', message: 'not a valid e-mail address' },
            { line: 7, code: 'SOMETHING_NEW', message: 'a reason the UI has no words for' },
          ],
        }),
      }),
    );

    await userEvent.upload(document.getElementById('eligibility-file') as HTMLInputElement, csv('email\nx\n'));
    await userEvent.click(screen.getByTestId('upload-eligibility'));

    const report = await screen.findByTestId('eligibility-report');
    expect(report).toHaveTextContent('Nothing was saved');
    expect(report).toHaveTextContent('2 lines have a problem; 3 lines were fine.');
    const line3 = report.querySelector('tr[data-line="3"]');
    const line7 = report.querySelector('tr[data-line="7"]');
    expect(line3).toHaveTextContent('3');
    expect(line3).toHaveTextContent('This is not a valid e-mail address.');
    expect(line7).toHaveTextContent('a reason the UI has no words for');
    expect(screen.queryByTestId('eligibility-result')).toBeNull();
  });

  it('explains an unreadable file with the server’s detail', async () => {
    await openDetail(
      detailRoutes(programme(), {
        [`POST ${BASE}/eligibility?mode=REPLACE`]: problem(400, 'eligibility-file-unreadable', 'Unreadable file', {
          detail: 'The first line must name an identifier column.',
        }),
      }),
    );
    await userEvent.upload(document.getElementById('eligibility-file') as HTMLInputElement, csv('name\nAna\n'));
    await userEvent.click(screen.getByTestId('upload-eligibility'));

    const alert = await screen.findByTestId('eligibility-problem');
    expect(alert).toHaveTextContent('This file could not be read.');
    expect(alert).toHaveTextContent('The first line must name an identifier column.');
  });

  it('links each statement, marking the month in progress', async () => {
    await openDetail(
      detailRoutes(programme({ ...ACTIVE }), {
        [`GET ${BASE}/statements`]: json([
          { period: '2026-12', periodStart: '2026-12-01', periodEnd: '2026-12-31', final: false },
          { period: '2026-11', periodStart: '2026-11-01', periodEnd: '2026-11-30', final: true },
        ]),
      }),
    );
    const current = await screen.findByTestId('statement-link-2026-12');
    expect(current).toHaveTextContent('December 2026');
    expect(current).toHaveAttribute('href', '/hr/programmes/p1/statements/2026-12');
    expect(current.parentElement).toHaveTextContent('Month to date (not final)');
    expect(screen.getByTestId('statement-link-2026-11').parentElement).not.toHaveTextContent('not final');
  });
});

describe('programmes list', () => {
  const listed = () => [
    programme({
      ...ACTIVE,
      seatUsage: {
        purchased: 200,
        inUse: { value: 57, suppressed: false },
        available: { value: 143, suppressed: false },
        asOf: '2026-10',
      },
    }),
    programme({
      id: 'p2',
      name: 'Pilot',
      seatUsage: {
        purchased: 12,
        inUse: { value: null, suppressed: true },
        available: { value: null, suppressed: true },
        asOf: '2026-10',
      },
    }),
    programme({ id: 'p3', name: 'Spring starter' }),
  ];

  it('lists programmes with seats in use as cells and offers a new one', async () => {
    fakeServer({ 'GET /api/identity/me': json(hrMe), 'GET /api/sponsorship/programmes': json(listed()) });
    renderApp('/hr/programmes');

    const table = await screen.findByRole('table', { name: 'Your sponsorship programmes, newest first' });
    const first = within(table).getByRole('row', { name: /2027 Wellbeing Benefit/ });
    expect(first).toHaveTextContent('Active');
    expect(first).toHaveTextContent('Jan 1, 2027 to Dec 31, 2027');
    expect(first).toHaveTextContent('200');
    expect(first).toHaveTextContent('57');
    expect(first).toHaveTextContent('at the end of October 2026');
    const pilot = within(table).getByRole('row', { name: /Pilot/ });
    expect(pilot).toHaveTextContent('Fewer than 11');
    expect(pilot).toHaveTextContent('at the end of October 2026');
    expect(screen.getByTestId('new-programme')).toHaveAttribute('href', '/hr/programmes/new');
    expect(screen.getByTestId('usage-report-note')).toHaveTextContent('Usage comes from the monthly report');
    expect(screen.getByRole('link', { name: 'See the reports' })).toHaveAttribute('href', '/hr/reports');
  });

  it('says when seats in use are not published yet, never “fewer than 11”', async () => {
    fakeServer({ 'GET /api/identity/me': json(hrMe), 'GET /api/sponsorship/programmes': json(listed()) });
    renderApp('/hr/programmes');

    const table = await screen.findByRole('table', { name: 'Your sponsorship programmes, newest first' });
    const starter = within(table).getByRole('row', { name: /Spring starter/ });
    expect(within(starter).getByTestId('usage-not-published')).toHaveTextContent('Published after the first full month');
    expect(starter).not.toHaveTextContent('Fewer than 11');
    expect(starter).not.toHaveTextContent('at the end of');
    expect(within(table).getAllByTestId('usage-not-published')).toHaveLength(1);
  });

  it('speaks Spanish in the list', async () => {
    window.localStorage.setItem(LOCALE_STORAGE_KEY, 'es');
    fakeServer({ 'GET /api/identity/me': json(hrMe), 'GET /api/sponsorship/programmes': json(listed()) });
    renderApp('/hr/programmes');

    const table = await screen.findByRole('table');
    expect(within(table).getByRole('row', { name: /2027 Wellbeing Benefit/ })).toHaveTextContent('al final de octubre de 2026');
    expect(within(table).getByRole('row', { name: /Spring starter/ })).toHaveTextContent(
      'Se publica al cerrar el primer mes completo',
    );
    expect(screen.getByRole('link', { name: 'Ver los informes' })).toHaveAttribute('href', '/hr/reports');
  });
});
