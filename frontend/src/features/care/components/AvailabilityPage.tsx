import { useId, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { Alert, Button, ProblemAlert, QueryStatus, SelectField, TextField } from '../../../components/ui';
import { isApiProblem, type ApiProblem } from '../../../lib/api-client';
import { formatCalendarDate, useLocale, useT } from '../../../lib/i18n';
import { usePageTitle } from '../../../lib/page-title';
import { useApiQuery } from '../../../lib/use-api-query';
import { useFieldErrors } from '../../../lib/use-field-errors';
import {
  addDayOff,
  DAY_OFF_NOTE_MAX,
  DAYS_OF_WEEK,
  fetchAvailability,
  removeDayOff,
  saveWeekly,
  toMinutesText,
  validateWindows,
  type Availability,
  type DayOfWeek,
  type WindowRow,
} from '../api/availability-api';
import { isKnown } from '../api/care-api';
import { today, zoneLabel } from '../api/care-time';
import { PsychotherapistsOnly } from './PsychotherapistsOnly';

/** The psychotherapist's bookable hours: weekly windows in their own time zone, and days off. */
export function AvailabilityPage() {
  const t = useT();
  usePageTitle(t('care.availability.heading'));
  const availability = useApiQuery('availability', fetchAvailability);

  let content;
  if (availability.status === 'success') {
    content = <AvailabilityView availability={availability.data} onChanged={availability.setData} />;
  } else if (availability.status === 'error' && availability.problem.status === 403) {
    content = <PsychotherapistsOnly />;
  } else {
    content = <QueryStatus state={availability} />;
  }

  return (
    <div data-testid="availability-page">
      <h1>{t('care.availability.heading')}</h1>
      {content}
    </div>
  );
}

function AvailabilityView({ availability, onChanged }: { availability: Availability; onChanged: (view: Availability) => void }) {
  const t = useT();
  const { locale } = useLocale();
  return (
    <>
      <p className="lead">{t('care.availability.lead')}</p>
      <p data-testid="availability-time-zone">
        {t('care.availability.zone', { zone: zoneLabel(availability.timeZone, locale) })}{' '}
        <Link to="/provider">{t('care.availability.changeZone')}</Link>
      </p>
      <WeeklyEditor availability={availability} onSaved={onChanged} />
      <DaysOff availability={availability} onChanged={onChanged} />
    </>
  );
}

let nextRowKey = 1;
const rowsOf = (availability: Availability): WindowRow[] =>
  availability.weekly.map((window) => ({
    key: nextRowKey++,
    dayOfWeek: window.dayOfWeek,
    startsAt: toMinutesText(window.startsAt),
    endsAt: toMinutesText(window.endsAt),
  }));

/** Server messages about the windows: under `windows` or one window (`windows[0]`, `windows[0].endsAt`). */
function windowMessages(problem: ApiProblem): string[] {
  return problem.errors
    .filter((error) => error.field === 'windows' || error.field.startsWith('windows[') || error.field.startsWith('windows.'))
    .map((error) => error.message);
}

function WeeklyEditor({ availability, onSaved }: { availability: Availability; onSaved: (view: Availability) => void }) {
  const t = useT();
  const headingId = useId();
  const [rows, setRows] = useState<WindowRow[]>(() => rowsOf(availability));
  const [rowErrors, setRowErrors] = useState<ReturnType<typeof validateWindows>>({});
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [saved, setSaved] = useState(false);
  const summary = useRef<HTMLDivElement>(null);

  const dayOptions = DAYS_OF_WEEK.map((day) => ({ value: day, label: t(`care.day.${day}`) }));

  function change(index: number, patch: Partial<WindowRow>) {
    setRows((current) => current.map((row, i) => (i === index ? { ...row, ...patch } : row)));
    setRowErrors((current) => {
      const { [index]: _dropped, ...rest } = current;
      return rest;
    });
    setSaved(false);
  }

  function add() {
    const last = rows[rows.length - 1];
    const dayIndex = last && isKnown(DAYS_OF_WEEK, last.dayOfWeek) ? DAYS_OF_WEEK.indexOf(last.dayOfWeek) : -1;
    const dayOfWeek = DAYS_OF_WEEK[(dayIndex + 1) % DAYS_OF_WEEK.length] ?? 'MONDAY';
    const index = rows.length;
    setRows((current) => [...current, { key: nextRowKey++, dayOfWeek, startsAt: '09:00', endsAt: '17:00' }]);
    setSaved(false);
    // The new row's day is where the provider goes next.
    requestAnimationFrame(() => document.getElementById(`window-day-${index}`)?.focus());
  }

  function remove(index: number) {
    setRows((current) => current.filter((_, i) => i !== index));
    setRowErrors({});
    setSaved(false);
    requestAnimationFrame(() => document.getElementById('add-window')?.focus());
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submitting) return;
    setProblem(null);
    setSaved(false);
    const found = validateWindows(rows);
    setRowErrors(found);
    const invalid = Object.keys(found).map(Number).sort((a, b) => a - b);
    const first = invalid[0];
    const firstError = first === undefined ? undefined : found[first];
    const firstRow = first === undefined ? undefined : rows[first];
    if (first !== undefined && firstError && firstRow) {
      document.getElementById(`window-${windowErrorField(firstError.key, firstRow)}-${first}`)?.focus();
      return;
    }
    setSubmitting(true);
    try {
      const view = await saveWeekly(
        rows.map((row) => ({
          dayOfWeek: row.dayOfWeek as DayOfWeek,
          startsAt: toMinutesText(row.startsAt),
          endsAt: toMinutesText(row.endsAt),
        })),
      );
      setRows(rowsOf(view));
      setSaved(true);
      onSaved(view);
    } catch (error) {
      if (!isApiProblem(error)) throw error;
      setProblem(error);
      requestAnimationFrame(() => summary.current?.focus());
    } finally {
      setSubmitting(false);
    }
  }

  const serverMessages = problem ? windowMessages(problem) : [];
  const clientCount = Object.keys(rowErrors).length;

  return (
    <form className="form section" noValidate onSubmit={handleSubmit} aria-labelledby={headingId} data-testid="weekly-form">
      <h2 id={headingId}>{t('care.availability.weekly.heading')}</h2>
      <p className="muted">{t('care.availability.weekly.hint')}</p>
      <div ref={summary} tabIndex={-1}>
        {clientCount > 0 && <Alert testId="windows-invalid" title={t('ui.problem.validation')} />}
        {problem &&
          (serverMessages.length > 0 ? (
            <Alert testId="windows-errors" problemType={problem.type} title={t('care.availability.weekly.serverErrors')}>
              <ul>
                {serverMessages.map((message) => (
                  <li key={message}>{message}</li>
                ))}
              </ul>
            </Alert>
          ) : (
            <ProblemAlert problem={problem} testId="windows-errors" />
          ))}
      </div>
      {saved && (
        <p role="status" className="note" data-testid="weekly-saved">
          {t('care.availability.weekly.saved')}
        </p>
      )}
      {rows.length === 0 && (
        <p className="muted" data-testid="no-windows">
          {t('care.availability.weekly.empty')}
        </p>
      )}
      {rows.map((row, index) => {
        const error = rowErrors[index];
        const message = error ? t(error.key, error.params) : undefined;
        const on = error ? windowErrorField(error.key, row) : null;
        return (
          <fieldset
            key={row.key}
            className="fieldset window-row"
            data-testid={`window-${index}`}
            data-invalid={error ? 'true' : undefined}
          >
            <legend>{t('care.availability.window.legend', { number: index + 1 })}</legend>
            <div className="field-row">
              <SelectField
                id={`window-day-${index}`}
                name={`windows[${index}].dayOfWeek`}
                data-testid={`window-day-${index}`}
                label={t('care.availability.window.day')}
                placeholder={t('care.availability.window.chooseDay')}
                options={dayOptions}
                required
                value={row.dayOfWeek}
                error={on === 'day' ? message : undefined}
                onValueChange={(value) => change(index, { dayOfWeek: value })}
              />
              <TextField
                id={`window-start-${index}`}
                name={`windows[${index}].startsAt`}
                data-testid={`window-start-${index}`}
                type="time"
                label={t('care.availability.window.start')}
                required
                value={row.startsAt}
                error={on === 'start' ? message : undefined}
                onValueChange={(value) => change(index, { startsAt: value })}
              />
              <TextField
                id={`window-end-${index}`}
                name={`windows[${index}].endsAt`}
                data-testid={`window-end-${index}`}
                type="time"
                label={t('care.availability.window.end')}
                required
                value={row.endsAt}
                error={on === 'end' ? message : undefined}
                onValueChange={(value) => change(index, { endsAt: value })}
              />
            </div>
            <Button
              variant="quiet"
              data-testid={`remove-window-${index}`}
              aria-label={t('care.availability.window.removeNumbered', { number: index + 1 })}
              onClick={() => remove(index)}
            >
              {t('care.availability.window.remove')}
            </Button>
          </fieldset>
        );
      })}
      <div className="actions">
        <Button variant="secondary" id="add-window" data-testid="add-window" onClick={add}>
          {t('care.availability.window.add')}
        </Button>
        <Button type="submit" data-testid="save-weekly" busy={submitting}>
          {submitting ? t('care.availability.weekly.saving') : t('care.availability.weekly.save')}
        </Button>
      </div>
    </form>
  );
}

/** Which field of a row carries its message (and gets the focus): the day, the start or the end. */
function windowErrorField(key: string, row: WindowRow): 'day' | 'start' | 'end' {
  if (key === 'care.availability.window.dayRequired') return 'day';
  if (key === 'care.availability.window.timesRequired' || key === 'care.availability.window.timeInvalid') {
    return row.startsAt === '' || !/^\d{2}:\d{2}/.test(row.startsAt) ? 'start' : 'end';
  }
  if (key === 'care.availability.window.overlaps') return 'start';
  return 'end';
}

type DayOffField = 'date' | 'note';

function DaysOff({ availability, onChanged }: { availability: Availability; onChanged: (view: Availability) => void }) {
  const t = useT();
  const { locale } = useLocale();
  const headingId = useId();
  const [date, setDate] = useState('');
  const [note, setNote] = useState('');
  const [submitting, setSubmitting] = useState(false);
  const [removing, setRemoving] = useState<string | null>(null);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const errors = useFieldErrors<DayOffField>(t);
  const days = [...availability.daysOff].sort((a, b) => a.date.localeCompare(b.date));
  const todayHere = today(availability.timeZone);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submitting) return;
    setProblem(null);
    setMessage(null);
    const found: Partial<Record<DayOffField, string>> = {};
    if (date === '') found.date = 'care.daysOff.date.required';
    else if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) found.date = 'care.daysOff.date.invalid';
    else if (date < todayHere) found.date = 'care.daysOff.date.past';
    if (note.trim().length > DAY_OFF_NOTE_MAX) found.note = 'care.daysOff.note.tooLong';
    if (!errors.showClient(found)) {
      document.getElementById(found.date ? 'day-off-date' : 'day-off-note')?.focus();
      return;
    }
    setSubmitting(true);
    try {
      const view = await addDayOff(date, note.trim() || undefined);
      onChanged(view);
      setMessage(t('care.daysOff.added', { date: formatCalendarDate(date, locale) }));
      setDate('');
      setNote('');
    } catch (error) {
      if (!isApiProblem(error)) throw error;
      const invalid = errors.showServer(error, ['date', 'note']);
      setProblem(error);
      if (invalid[0]) document.getElementById(invalid[0] === 'date' ? 'day-off-date' : 'day-off-note')?.focus();
    } finally {
      setSubmitting(false);
    }
  }

  async function remove(day: string) {
    if (removing) return;
    setRemoving(day);
    setProblem(null);
    setMessage(null);
    try {
      const view = await removeDayOff(day);
      // The contract answers with the view; an empty 204 still means the day is gone.
      onChanged(view ?? { ...availability, daysOff: availability.daysOff.filter((off) => off.date !== day) });
      setMessage(t('care.daysOff.removed', { date: formatCalendarDate(day, locale) }));
      requestAnimationFrame(() => document.getElementById('day-off-date')?.focus());
    } catch (error) {
      if (!isApiProblem(error)) throw error;
      setProblem(error);
    } finally {
      setRemoving(null);
    }
  }

  return (
    <section className="section" aria-labelledby={headingId} data-testid="days-off-section">
      <h2 id={headingId}>{t('care.daysOff.heading')}</h2>
      <p className="muted">{t('care.daysOff.hint')}</p>
      {message && (
        <p role="status" className="note" data-testid="days-off-status">
          {message}
        </p>
      )}
      {problem && <ProblemAlert problem={problem} testId="days-off-problem" />}
      {days.length === 0 ? (
        <p className="muted" data-testid="no-days-off">
          {t('care.daysOff.empty')}
        </p>
      ) : (
        <ul className="plain-list days-off" data-testid="days-off">
          {days.map((day) => (
            <li key={day.date} data-date={day.date} className="day-off">
              <span>
                <strong>{formatCalendarDate(day.date, locale)}</strong>
                {day.note && <span className="cell__sub">{day.note}</span>}
              </span>
              <Button
                variant="quiet"
                data-testid={`remove-day-off-${day.date}`}
                busy={removing === day.date}
                aria-label={t('care.daysOff.removeFor', { date: formatCalendarDate(day.date, locale) })}
                onClick={() => void remove(day.date)}
              >
                {t('care.daysOff.remove')}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <form className="form" noValidate onSubmit={handleSubmit} data-testid="day-off-form" aria-labelledby={`${headingId}-add`}>
        <h3 id={`${headingId}-add`}>{t('care.daysOff.add.heading')}</h3>
        <div className="field-row">
          <TextField
            id="day-off-date"
            name="date"
            type="date"
            data-testid="day-off-date"
            label={t('care.daysOff.date.label')}
            min={todayHere}
            required
            value={date}
            error={errors.errorFor('date')}
            onValueChange={(value) => {
              setDate(value);
              errors.clear('date');
            }}
          />
          <TextField
            id="day-off-note"
            name="note"
            data-testid="day-off-note"
            label={t('care.daysOff.note.label')}
            hint={t('care.daysOff.note.hint')}
            maxLength={DAY_OFF_NOTE_MAX}
            autoComplete="off"
            value={note}
            error={errors.errorFor('note')}
            onValueChange={(value) => {
              setNote(value);
              errors.clear('note');
            }}
          />
        </div>
        <Button type="submit" data-testid="add-day-off" busy={submitting}>
          {submitting ? t('care.daysOff.adding') : t('care.daysOff.add')}
        </Button>
      </form>
    </section>
  );
}
