import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { configureApiClient } from '../../../lib/api-client';
import { LOCALE_STORAGE_KEY } from '../../../lib/i18n';
import { calledPaths, fakeServer, json, problem } from '../../../test/fake-server';
import { renderApp } from '../../../test/render-app';

beforeEach(() => configureApiClient({ onUnauthorized: () => {} }));

const member = { id: 'm1', role: 'MEMBER', displayName: 'Quiet Heron', employer: { id: 'e1', displayName: 'Sierra Soap Works' } };
const nothingDone = { completed: [], results: [] };

const radio = (name: string, value: number) =>
  document.querySelector<HTMLInputElement>(`input[name='${name}'][value='${value}']`) as HTMLInputElement;

/** Answers every item of an instrument with `value`, item `exceptions[index]` with its own. */
function answerAll(instrument: string, items: number, value: number, exceptions: Record<number, number> = {}) {
  for (let index = 0; index < items; index++) fireEvent.click(radio(`${instrument}-${index}`, exceptions[index] ?? value));
}

const posted = (fetchMock: ReturnType<typeof fakeServer>) =>
  fetchMock.mock.calls
    .filter(([input, init]) => String(input) === '/api/screening/responses' && init?.method === 'POST')
    .map(([, init]) => JSON.parse(String(init?.body)));

function result(instrument: string, total: number, band: string, maximum: number, extra: Record<string, unknown> = {}) {
  return { instrument, total, band, maximum, takenAt: '2026-11-04T10:00:00Z', crisis: false, flaggedForReview: false, reasons: [], ...extra };
}

async function open(routes: Parameters<typeof fakeServer>[0], mine: unknown = nothingDone) {
  const fetchMock = fakeServer({ 'GET /api/identity/me': json(member), 'GET /api/screening/me': json(mine), ...routes });
  renderApp('/member/screening');
  await screen.findByTestId('screening-heading');
  return fetchMock;
}

describe('screening', () => {
  it('sends nothing when no item is answered, and focuses the first question', async () => {
    const fetchMock = await open({});
    await screen.findByTestId('submit-PHQ9');
    expect(screen.getByTestId('screening-progress')).toHaveTextContent('Questionnaire 1 of 4');
    expect(screen.getByRole('group', { name: /^9\. Thoughts that you would be better off dead/ })).toBeInTheDocument();

    await userEvent.click(screen.getByTestId('submit-PHQ9'));

    expect(screen.getByTestId('screening-missing')).toHaveAttribute('role', 'alert');
    expect(screen.getAllByText('Please choose an answer.')).toHaveLength(9);
    expect(document.getElementById('PHQ9-0')).toHaveFocus();
    expect(calledPaths(fetchMock)).not.toContain('POST /api/screening/responses');
  });

  it('shows a message next to each unanswered item and moves focus to the first one', async () => {
    const fetchMock = await open({});
    await screen.findByTestId('submit-PHQ9');
    for (const index of [0, 1, 3, 4, 6, 7, 8]) fireEvent.click(radio(`PHQ9-${index}`, 0));

    await userEvent.click(screen.getByTestId('submit-PHQ9'));

    expect(screen.getByTestId('screening-missing')).toHaveTextContent('Please answer the questions marked below (2 still without an answer).');
    expect(document.getElementById('PHQ9-2-error')).toHaveTextContent('Please choose an answer.');
    expect(document.getElementById('PHQ9-5-error')).toHaveTextContent('Please choose an answer.');
    expect(document.getElementById('PHQ9-0-error')).toBeNull();
    expect(document.getElementById('PHQ9-2')).toHaveAttribute('aria-describedby', 'PHQ9-2-error');
    expect(document.getElementById('PHQ9-2')).toHaveFocus();
    expect(calledPaths(fetchMock)).not.toContain('POST /api/screening/responses');

    fireEvent.click(radio('PHQ9-2', 3));
    expect(document.getElementById('PHQ9-2-error')).toBeNull();
  });

  it('shows crisis help at once and focuses it when item 9 is above 0, and lets the member go on', async () => {
    const fetchMock = await open({
      'POST /api/screening/responses': json(result('PHQ9', 9, 'MILD', 27, { crisis: true, flaggedForReview: true }), 201),
    });
    await screen.findByTestId('submit-PHQ9');
    answerAll('PHQ9', 9, 1, { 8: 1, 0: 0 });
    fireEvent.click(radio('PHQ9-8', 1));

    await userEvent.click(screen.getByTestId('submit-PHQ9'));

    const crisis = await screen.findByTestId('crisis-now');
    expect(crisis).toHaveAttribute('role', 'alert');
    expect(crisis).toHaveFocus();
    expect(crisis).toHaveTextContent(
      'You said you have had thoughts that you would be better off dead or of hurting yourself. You are not alone. Call or text 988 (Suicide & Crisis Lifeline) now, any time, in English or Spanish; call 911 in an emergency. A clinician will review your answers promptly.',
    );
    expect(within(crisis).getByRole('link', { name: 'Call 988' })).toHaveAttribute('href', 'tel:988');
    expect(within(crisis).getByRole('link', { name: 'Text 988' })).toHaveAttribute('href', 'sms:988');
    expect(within(crisis).getByRole('link', { name: 'Call 911' })).toHaveAttribute('href', 'tel:911');
    expect(posted(fetchMock)).toEqual([{ instrument: 'PHQ9', answers: [0, 1, 1, 1, 1, 1, 1, 1, 1] }]);

    const shown = screen.getByTestId('screening-result');
    expect(shown).toHaveTextContent('Your score: 9 out of 27.');
    expect(shown).toHaveTextContent('Mild: some signs of depression.');
    // The member can still continue.
    expect(screen.getByTestId('screening-progress')).toHaveTextContent('Questionnaire 2 of 4');
    expect(screen.getByTestId('submit-GAD7')).toBeInTheDocument();
    expect(radio('GAD7-6', 3)).toBeInTheDocument();
  });

  it('skips completed questionnaires and says a prescriber will review health answers, then finishes', async () => {
    const done = {
      completed: ['PHQ9', 'GAD7', 'PCL5'],
      results: [
        { instrument: 'PCL5', total: 20, band: 'BELOW_THRESHOLD', maximum: 80, takenAt: '2026-11-04T09:00:00Z' },
        { instrument: 'GAD7', total: 6, band: 'MILD', maximum: 21, takenAt: '2026-11-04T08:50:00Z' },
        { instrument: 'PHQ9', total: 4, band: 'MINIMAL', maximum: 27, takenAt: '2026-11-04T08:40:00Z' },
      ],
    };
    const fetchMock = await open(
      {
        'POST /api/screening/responses': json(
          result('CONTRAINDICATIONS', 1, 'PRESCRIBER_REVIEW', 7, { flaggedForReview: true, reasons: ['INTERACTING_MEDICATIONS'] }),
          201,
        ),
      },
      done,
    );
    await screen.findByTestId('submit-CONTRAINDICATIONS');
    expect(screen.queryByTestId('submit-PHQ9')).toBeNull();
    expect(screen.getByTestId('screening-progress')).toHaveTextContent('Questionnaire 4 of 4');
    answerAll('CONTRAINDICATIONS', 7, 0, { 6: 1 });
    await userEvent.type(screen.getByLabelText('Anything else the prescriber should know? (optional)'), ' sertraline 50 mg ');
    expect(document.getElementById('contraindication-details')).toBeInstanceOf(HTMLTextAreaElement);

    await userEvent.click(screen.getByTestId('submit-CONTRAINDICATIONS'));

    expect(await screen.findByTestId('prescriber-review')).toHaveTextContent(
      'A prescriber will look at these answers with you; this does not rule you out.',
    );
    expect(screen.getByTestId('screening-result')).toHaveFocus();
    expect(screen.queryByTestId('crisis-now')).toBeNull();
    expect(posted(fetchMock)).toEqual([
      { instrument: 'CONTRAINDICATIONS', answers: [0, 0, 0, 0, 0, 0, 1], details: 'sertraline 50 mg' },
    ]);
    const complete = screen.getByTestId('screening-complete');
    expect(complete).toHaveTextContent('Next: a medical provider reviews your answers');
    expect(within(complete).getByTestId('screening-summary')).toHaveTextContent('PHQ-9 (mood) — 4 of 27. Minimal');
  });

  it('shows the end straight away when everything is done', async () => {
    await open({}, {
      completed: ['PHQ9', 'GAD7', 'PCL5', 'CONTRAINDICATIONS'],
      results: [{ instrument: 'CONTRAINDICATIONS', total: 0, band: 'NONE_REPORTED', maximum: 7, takenAt: '2026-11-04T09:10:00Z' }],
    });
    expect(await screen.findByTestId('screening-complete')).toHaveTextContent('You did not report any of these health conditions.');
  });

  it('points to the consents when the server asks for them first (409)', async () => {
    await open({
      'POST /api/screening/responses': problem(409, 'consent-required', 'Consent required'),
    });
    await screen.findByTestId('submit-PHQ9');
    answerAll('PHQ9', 9, 0);

    await userEvent.click(screen.getByTestId('submit-PHQ9'));

    const alert = await screen.findByTestId('consent-required');
    expect(alert).toHaveAttribute('role', 'alert');
    expect(alert).toHaveTextContent('Please accept your consents first');
    expect(within(alert).getByRole('link', { name: 'Go to your consents' })).toHaveAttribute('href', '/member/consents');
  });

  it('asks the questions in the official Spanish wording', async () => {
    window.localStorage.setItem(LOCALE_STORAGE_KEY, 'es');
    await open({});
    expect(
      await screen.findByRole('group', { name: '9. Pensamientos de que estaría mejor muerto(a) o de lastimarse de alguna manera' }),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('Ningún día', { selector: '#PHQ9-0-0' })).toBeInTheDocument();
    expect(screen.getByTestId('screening-progress')).toHaveTextContent('Cuestionario 1 de 4');
  });
});

describe('my scores', () => {
  it('lists results over time with each band explained in plain words', async () => {
    fakeServer({
      'GET /api/identity/me': json(member),
      'GET /api/screening/me': json({
        completed: ['PHQ9', 'GAD7', 'PCL5'],
        results: [
          { instrument: 'PCL5', total: 41, band: 'PROBABLE_PTSD', maximum: 80, takenAt: '2026-11-04T09:00:00Z' },
          { instrument: 'GAD7', total: 12, band: 'MODERATE', maximum: 21, takenAt: '2026-11-04T08:50:00Z' },
          { instrument: 'PHQ9', total: 16, band: 'MODERATELY_SEVERE', maximum: 27, takenAt: '2026-11-04T08:40:00Z' },
        ],
      }),
    });
    renderApp('/member/scores');

    const page = await screen.findByTestId('my-scores');
    const phq = await within(page).findByTestId('scores-PHQ9');
    expect(within(phq).getByRole('table', { name: 'PHQ-9 (mood): your results' })).toHaveTextContent('16 of 27');
    expect(phq).toHaveTextContent('Moderately severe: depression that is weighing on you quite a lot.');
    const phqBands = within(phq).getByTestId('bands-PHQ9');
    expect(phqBands).toHaveTextContent('Score 0–4 — Minimal');
    expect(phqBands).toHaveTextContent('Score 20–27 — Severe');
    expect(within(page).getByTestId('bands-GAD7')).toHaveTextContent('Score 15–21 — Severe');
    const pcl = within(page).getByTestId('scores-PCL5');
    expect(pcl).toHaveTextContent('41 of 80');
    expect(pcl).toHaveTextContent('33 or more: suggests probable PTSD (post-traumatic stress). This is a screening result, not a diagnosis.');
    expect(within(page).getByTestId('scores-CONTRAINDICATIONS')).toHaveTextContent('Not answered yet.');
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(await within(nav).findByRole('link', { name: 'My scores' })).toHaveAttribute('aria-current', 'page');
  });

  it('shows each questionnaire across the timepoints as a small table, the newest answer per timepoint', async () => {
    fakeServer({
      'GET /api/identity/me': json(member),
      'GET /api/screening/me': json({
        completed: ['PHQ9', 'GAD7', 'PCL5', 'CONTRAINDICATIONS'],
        results: [{ instrument: 'PHQ9', total: 16, band: 'MODERATELY_SEVERE', maximum: 27, takenAt: '2026-11-04T08:40:00Z' }],
      }),
      'GET /api/screening/me/history': json([
        { timepoint: 'BASELINE', instrument: 'PHQ9', total: 16, maximum: 27, band: 'MODERATELY_SEVERE', takenAt: '2026-11-04T18:40:00Z' },
        { timepoint: 'BASELINE', instrument: 'GAD7', total: 12, maximum: 21, band: 'MODERATE', takenAt: '2026-11-04T18:50:00Z' },
        { timepoint: 'END_OF_TREATMENT', instrument: 'PHQ9', total: 9, maximum: 27, band: 'MILD', takenAt: '2027-02-01T18:00:00Z' },
        { timepoint: 'MONTH_3', instrument: 'PHQ9', total: 6, maximum: 27, band: 'MILD', takenAt: '2027-05-01T18:00:00Z' },
        { timepoint: 'MONTH_3', instrument: 'PHQ9', total: 4, maximum: 27, band: 'MINIMAL', takenAt: '2027-05-02T18:00:00Z' },
      ]),
    });
    renderApp('/member/scores');

    const history = await screen.findByTestId('scores-history');
    expect(within(history).getByRole('heading', { level: 2 })).toHaveTextContent('Your scores over time');
    const phq = within(history).getByRole('table', { name: 'PHQ-9 (mood): over time' });
    const rows = within(phq).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.getAttribute('data-timepoint'))).toEqual(['BASELINE', 'END_OF_TREATMENT', 'MONTH_3', 'MONTH_6']);
    expect(rows[0]).toHaveTextContent('Before treatment');
    expect(rows[0]).toHaveTextContent('16 of 27');
    expect(rows[1]).toHaveTextContent('End of treatment');
    expect(rows[1]).toHaveTextContent('9 of 27');
    expect(rows[2]).toHaveTextContent('4 of 27');
    expect(rows[2]).toHaveAttribute('data-band', 'MINIMAL');
    expect(rows[3]).toHaveTextContent('6 months later');
    expect(rows[3]).toHaveTextContent('Not yet');
    expect(within(history).getByTestId('history-GAD7')).toHaveTextContent('12 of 21');
    expect(within(history).queryByTestId('history-PCL5')).not.toBeInTheDocument();
    // The per-questionnaire cards are still there.
    expect(screen.getByTestId('scores-PHQ9')).toHaveTextContent('16 of 27');
  });

  it('invites a member with no results to start', async () => {
    fakeServer({ 'GET /api/identity/me': json(member), 'GET /api/screening/me': json(nothingDone) });
    renderApp('/member/scores');
    const empty = await screen.findByTestId('scores-empty');
    expect(within(empty).getByRole('link', { name: 'Start the questionnaires' })).toHaveAttribute('href', '/member/screening');
  });
});

describe('what the employer sees', () => {
  it('tells a member truthfully, from their own navigation', async () => {
    const fetchMock = fakeServer({ 'GET /api/identity/me': json(member) });
    renderApp('/member/employer-view');
    const page = await screen.findByTestId('employer-view');
    expect(page).toHaveTextContent('only for groups of 11 or more people');
    expect(page).toHaveTextContent('Your answers to any questionnaire or health question.');
    expect(page).toHaveTextContent('A statement never lists a person.');
    // The only thing loaded is the employer's published report (the same one HR sees), nothing about the member.
    await waitFor(() =>
      expect(calledPaths(fetchMock)).toEqual(['GET /api/identity/me', 'GET /api/reports/my-employer']),
    );
  });

  it('is linked from the public privacy page', async () => {
    fakeServer({
      'GET /api/identity/me': problem(401, 'unauthorized', 'Unauthorized'),
      'POST /api/identity/sessions/refresh': problem(401, 'unauthorized', 'Unauthorized'),
    });
    renderApp('/privacy');
    await userEvent.click(await screen.findByTestId('employer-view-link'));
    expect(await screen.findByTestId('employer-view')).toHaveTextContent('What your employer never sees');
  });
});
