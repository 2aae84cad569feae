import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { cloneElement, type ReactElement } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { configureApiClient } from '../../../lib/api-client';
import { LOCALE_STORAGE_KEY } from '../../../lib/i18n';
import { calledPaths, fakeServer, json, problem } from '../../../test/fake-server';
import { renderApp } from '../../../test/render-app';
import { hrMe, published, quarterly, report, series, suppressed } from './test-data';

// jsdom measures nothing: give the charts a fixed size instead of their container's.
vi.mock('recharts', async (importOriginal) => {
  const actual = await importOriginal<typeof import('recharts')>();
  return {
    ...actual,
    ResponsiveContainer: ({ children, height }: { children: ReactElement<{ width?: number; height?: number }>; height?: number }) =>
      cloneElement(children, { width: 640, height: height ?? 300 }),
  };
});

beforeEach(() => configureApiClient({ onUnauthorized: () => {} }));

const PROGRAMMES = 'GET /api/reports/programmes';
const MONTHLY = 'GET /api/reports/programmes/p1?granularity=MONTH';
const QUARTERLY = 'GET /api/reports/programmes/p1?granularity=QUARTER';
const programmes = [{ programmeId: 'p1', name: '2026 Wellbeing Benefit', status: 'ACTIVE' }];

const cell = (table: HTMLElement, metric: string, period: string) => {
  const found = table.querySelector<HTMLElement>(`td[data-metric="${metric}"][data-period="${period}"]`);
  if (!found) throw new Error(`No cell ${metric} ${period}`);
  return found;
};

describe('HR wellbeing reports', () => {
  it('shows the monthly charts, and each as a table with suppressed cells as “Fewer than 11”', async () => {
    fakeServer({ 'GET /api/identity/me': json(hrMe), [PROGRAMMES]: json(programmes), [MONTHLY]: json(series()) });
    renderApp('/hr/reports');

    const page = await screen.findByTestId('reports-page');
    expect(within(page).getByRole('heading', { level: 1 })).toHaveTextContent('Wellbeing reports');
    expect(await screen.findByTestId('latest-period')).toHaveTextContent('Latest report: October 2026');
    expect(screen.getByTestId('programme-select')).toHaveValue('p1');
    expect(screen.getByTestId('granularity-MONTH')).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByTestId('granularity-QUARTER')).toHaveAttribute('aria-pressed', 'false');

    for (const chart of ['stages', 'usage', 'outcomes']) {
      expect(screen.getByTestId(`chart-${chart}`)).toBeInTheDocument();
      expect(screen.queryByTestId(`table-${chart}`)).toBeNull();
    }
    // The charts themselves are drawn (loaded on demand), with the gaps explained.
    await waitFor(() => expect(screen.getByTestId('chart-stages').querySelector('svg.recharts-surface')).not.toBeNull());
    expect(screen.getByTestId('gap-note-stages')).toHaveTextContent('Gap: fewer than 11 people, or not enough responses.');
    expect(screen.queryByTestId('gap-note-usage')).toBeNull();
    expect(screen.getByTestId('gap-note-outcomes')).toBeInTheDocument();

    const toggle = screen.getByTestId('show-table-stages');
    expect(toggle).toHaveTextContent('Show as table');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(toggle).toHaveTextContent('Hide table');

    const stages = screen.getByTestId('table-stages');
    expect(stages.tagName).toBe('TABLE');
    expect(screen.getByRole('table', { name: 'Enrollment and stages per period' })).toBe(stages);
    expect(within(stages).getByRole('columnheader', { name: 'October 2026' })).toHaveAttribute('scope', 'col');
    expect(within(stages).getByRole('rowheader', { name: 'Medicine sessions' })).toHaveAttribute('scope', 'row');
    expect(cell(stages, 'ENROLLED', '2026-10')).toHaveTextContent('71');
    expect(cell(stages, 'ENROLLED', '2026-09')).toHaveTextContent('64');
    expect(cell(stages, 'STAGE_MEDICINE', '2026-10')).toHaveTextContent('Fewer than 11');
    expect(cell(stages, 'STAGE_MEDICINE', '2026-10')).toHaveAttribute('data-status', 'SUPPRESSED');
    expect(cell(stages, 'STAGE_SCREENING', '2026-10')).toHaveAttribute('data-status', 'PUBLISHED');

    await userEvent.click(screen.getByTestId('show-table-usage'));
    const usage = screen.getByTestId('table-usage');
    expect(cell(usage, 'SPEND_USD', '2026-10')).toHaveTextContent('$252,000.00');
    expect(cell(usage, 'HOURS_USED', '2026-10')).toHaveTextContent('310 h');

    await userEvent.click(screen.getByTestId('show-table-outcomes'));
    const outcomes = screen.getByTestId('table-outcomes');
    expect(outcomes).toHaveAccessibleName('Outcomes by questionnaire and follow-up, October 2026');
    expect(cell(outcomes, 'PHQ9_MONTH_3_FOLLOW_UP_MEAN', '2026-10')).toHaveTextContent('8.0');
    expect(cell(outcomes, 'PHQ9_BASELINE_MEAN', '2026-10')).toHaveTextContent('14.2');
    expect(cell(outcomes, 'PHQ9_MONTH_3_RESPONSE_RATE', '2026-10')).toHaveTextContent('52%');
    expect(cell(outcomes, 'PHQ9_MONTH_3_REMISSION_RATE', '2026-10')).toHaveTextContent('33%');
    expect(cell(outcomes, 'PHQ9_MONTH_6_N', '2026-10')).toHaveTextContent('Fewer than 11');
    expect(cell(outcomes, 'PHQ9_MONTH_6_FOLLOW_UP_MEAN', '2026-10')).toHaveTextContent('Not enough responses');
    expect(cell(outcomes, 'PHQ9_MONTH_6_FOLLOW_UP_MEAN', '2026-10')).toHaveAttribute('data-status', 'NOT_ENOUGH_RESPONSES');
    expect(cell(outcomes, 'PCL5_MONTH_3_MEANINGFUL_CHANGE_RATE', '2026-10')).toHaveTextContent('40%');
    // A cell the server did not send is not made up.
    expect(cell(outcomes, 'GAD7_MONTH_3_N', '2026-10')).toHaveAttribute('data-status', 'MISSING');
    expect(cell(outcomes, 'GAD7_MONTH_3_N', '2026-10')).toHaveTextContent('Not reported');
  });

  it('explains the protection in plain words, with the ε the server states', async () => {
    fakeServer({
      'GET /api/identity/me': json(hrMe),
      [PROGRAMMES]: json(programmes),
      [MONTHLY]: json(series({ privacy: { epsilonPerPeriod: 0.75, mechanism: 'DISCRETE_LAPLACE', minimumCell: 11 } })),
    });
    renderApp('/hr/reports');

    const explainer = await screen.findByTestId('disclosure-explainer');
    expect(explainer).toHaveTextContent('How we protect your people');
    expect(explainer).toHaveTextContent('at least 11 people');
    expect(explainer).toHaveTextContent('“fewer than 11”');
    expect(explainer).toHaveTextContent('published only after it has closed');
    expect(explainer).toHaveTextContent('random noise (privacy budget ε = 0.75 per period)');
  });

  it('asks for the quarterly series when Quarter is chosen, and links the CSV of what is shown', async () => {
    const fetchMock = fakeServer({
      'GET /api/identity/me': json(hrMe),
      [PROGRAMMES]: json(programmes),
      [MONTHLY]: json(series()),
      [QUARTERLY]: json(quarterly()),
    });
    renderApp('/hr/reports');

    const csv = await screen.findByTestId('download-csv');
    expect(csv).toHaveAttribute('href', '/api/reports/programmes/p1/export.csv?granularity=MONTH');
    expect(csv).toHaveAttribute('download');
    expect(calledPaths(fetchMock)).not.toContain(QUARTERLY);

    await userEvent.click(screen.getByTestId('granularity-QUARTER'));

    await waitFor(() => expect(screen.getByTestId('latest-period')).toHaveTextContent('Latest report: Q3 2026'));
    expect(calledPaths(fetchMock)).toContain(QUARTERLY);
    expect(screen.getByTestId('granularity-QUARTER')).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByTestId('download-csv')).toHaveAttribute(
      'href',
      '/api/reports/programmes/p1/export.csv?granularity=QUARTER',
    );
    expect(screen.getByTestId('print-report')).toHaveAttribute('href', '/hr/reports/print?programme=p1&period=2026-Q3');

    await userEvent.click(screen.getByTestId('show-table-stages'));
    const table = screen.getByTestId('table-stages');
    expect(within(table).getByRole('columnheader', { name: 'Q3 2026' })).toBeInTheDocument();
    expect(cell(table, 'ENROLLED', '2026-Q3')).toHaveTextContent('66');
  });

  it('says when the first report will appear, before any period is published', async () => {
    fakeServer({
      'GET /api/identity/me': json(hrMe),
      [PROGRAMMES]: json(programmes),
      [MONTHLY]: json(series({ periods: [] })),
    });
    renderApp('/hr/reports');

    expect(await screen.findByTestId('no-reports-yet')).toHaveTextContent(
      'The first report appears after the first full month of the programme',
    );
    expect(screen.getByTestId('disclosure-explainer')).toBeInTheDocument();
    expect(screen.queryByTestId('download-csv')).toBeNull();
    expect(screen.queryByTestId('chart-stages')).toBeNull();
  });

  it('switches programme and shows that programme’s report', async () => {
    const fetchMock = fakeServer({
      'GET /api/identity/me': json(hrMe),
      [PROGRAMMES]: json([...programmes, { programmeId: 'p2', name: '2027 Pilot', status: 'ACTIVE' }]),
      [MONTHLY]: json(series()),
      'GET /api/reports/programmes/p2?granularity=MONTH': json(
        series({ programmeId: 'p2', programmeName: '2027 Pilot', periods: [report('2026-10', { ENROLLED: suppressed })] }),
      ),
    });
    renderApp('/hr/reports');
    await screen.findByTestId('latest-period');

    await userEvent.selectOptions(screen.getByTestId('programme-select'), 'p2');

    await waitFor(() =>
      expect(screen.getByTestId('download-csv')).toHaveAttribute(
        'href',
        '/api/reports/programmes/p2/export.csv?granularity=MONTH',
      ),
    );
    expect(calledPaths(fetchMock)).toContain('GET /api/reports/programmes/p2?granularity=MONTH');
    await userEvent.click(screen.getByTestId('show-table-stages'));
    expect(cell(screen.getByTestId('table-stages'), 'ENROLLED', '2026-10')).toHaveTextContent('Fewer than 11');
  });

  it('lets HR pick the period of the outcome chart', async () => {
    fakeServer({
      'GET /api/identity/me': json(hrMe),
      [PROGRAMMES]: json(programmes),
      [MONTHLY]: json(
        series({
          periods: [
            report('2026-09', { PHQ9_MONTH_3_FOLLOW_UP_MEAN: published(9.5) }),
            report('2026-10', { PHQ9_MONTH_3_FOLLOW_UP_MEAN: published(8) }),
          ],
        }),
      ),
    });
    renderApp('/hr/reports');
    await userEvent.click(await screen.findByTestId('show-table-outcomes'));
    expect(cell(screen.getByTestId('table-outcomes'), 'PHQ9_MONTH_3_FOLLOW_UP_MEAN', '2026-10')).toHaveTextContent('8.0');

    await userEvent.selectOptions(screen.getByTestId('outcomes-period'), '2026-09');
    expect(cell(screen.getByTestId('table-outcomes'), 'PHQ9_MONTH_3_FOLLOW_UP_MEAN', '2026-09')).toHaveTextContent('9.5');
  });

  it('speaks Spanish', async () => {
    window.localStorage.setItem(LOCALE_STORAGE_KEY, 'es');
    fakeServer({ 'GET /api/identity/me': json(hrMe), [PROGRAMMES]: json(programmes), [MONTHLY]: json(series()) });
    renderApp('/hr/reports');

    expect(await screen.findByTestId('disclosure-explainer')).toHaveTextContent('Cómo protegemos a tu personal');
    await userEvent.click(screen.getByTestId('show-table-stages'));
    expect(cell(screen.getByTestId('table-stages'), 'STAGE_MEDICINE', '2026-10')).toHaveTextContent('Menos de 11');
    expect(screen.getByTestId('granularity-QUARTER')).toHaveTextContent('Trimestre');
  });

  it('explains a failure to load and offers to try again', async () => {
    fakeServer({
      'GET /api/identity/me': json(hrMe),
      [PROGRAMMES]: json(programmes),
      [MONTHLY]: problem(404, 'not-found', 'Not found'),
    });
    renderApp('/hr/reports');
    expect(await screen.findByRole('alert')).toHaveTextContent('This information could not be loaded.');
  });

  it('tells an HR admin without programmes that there is nothing to report', async () => {
    fakeServer({ 'GET /api/identity/me': json(hrMe), [PROGRAMMES]: json([]) });
    renderApp('/hr/reports');
    expect(await screen.findByTestId('no-programmes')).toBeInTheDocument();
  });
});

describe('printable quarterly report', () => {
  it('shows the quarter’s tables, the protection and a print button', async () => {
    fakeServer({ 'GET /api/identity/me': json(hrMe), [QUARTERLY]: json(quarterly()) });
    renderApp('/hr/reports/print?programme=p1&period=2026-Q3');

    const printable = await screen.findByTestId('printable-report');
    expect(printable).toHaveAttribute('data-period', '2026-Q3');
    expect(within(printable).getByRole('heading', { level: 1 })).toHaveTextContent('Wellbeing report for Q3 2026');
    expect(printable).toHaveTextContent('Sierra Soap Works · 2026 Wellbeing Benefit');
    expect(printable).toHaveTextContent('Jul 1, 2026 to Sep 30, 2026');
    expect(within(printable).getByTestId('disclosure-explainer')).toHaveTextContent('ε = 0.5');
    const stages = within(printable).getByTestId('table-stages');
    expect(cell(stages, 'ENROLLED', '2026-Q3')).toHaveTextContent('66');
    expect(cell(stages, 'STAGE_WITHDRAWN', '2026-Q3')).toHaveTextContent('Fewer than 11');
    expect(within(printable).getByTestId('table-usage')).toBeInTheDocument();
    expect(
      cell(within(printable).getByTestId('table-outcomes'), 'PHQ9_MONTH_6_BASELINE_MEAN', '2026-Q3'),
    ).toHaveTextContent('Not enough responses');
    expect(screen.getByRole('button', { name: 'Print' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to the reports' })).toHaveAttribute(
      'href',
      '/hr/reports?programme=p1&granularity=QUARTER',
    );
  });

  it('says so when the quarter has no published report', async () => {
    fakeServer({ 'GET /api/identity/me': json(hrMe), [QUARTERLY]: json(quarterly()) });
    renderApp('/hr/reports/print?programme=p1&period=2026-Q4');
    expect(await screen.findByTestId('report-not-published')).toHaveTextContent(
      'There is no published report for Q4 2026.',
    );
    expect(screen.queryByTestId('printable-report')).toBeNull();
  });
});
