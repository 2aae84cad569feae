import { useId, useRef, useState, type FormEvent } from 'react';
import { Alert, Button, TextField } from '../../../components/ui';
import { isApiProblem, type ApiProblem } from '../../../lib/api-client';
import { formatNumber, useLocale, useT } from '../../../lib/i18n';
import { focusFirst, useFieldErrors } from '../../../lib/use-field-errors';
import {
  BOOKING_FIELDS,
  bookSession,
  KIND_MINUTES,
  SITTER_NAME_MAX,
  type BookingField,
  type CarePlan,
  type Session,
  type SessionKind,
} from '../api/care-api';
import { BookingProblem } from './BookingProblem';
import { hoursText } from './care-text';
import { SlotPicker } from './SlotPicker';

const FIELD_IDS: Record<BookingField, string> = {
  startsAt: 'booking-slots',
  sitterName: 'sitter-name',
  sitterAttested: 'sitter-attested',
};

type Props = { plan: CarePlan; kind: SessionKind; onBooked: (session: Session) => void };

/**
 * Booking the next session: a free time, the cancellation policy before anything is booked, and for
 * a medicine session at home the sober sitter. Every refusal of the server is explained.
 */
export function BookingPanel({ plan, kind, onBooked }: Props) {
  const t = useT();
  const { locale } = useLocale();
  const headingId = useId();
  const [selected, setSelected] = useState<string | null>(null);
  const [sitterName, setSitterName] = useState('');
  const [sitterAttested, setSitterAttested] = useState(false);
  const [reloadKey, setReloadKey] = useState(0);
  const [submitting, setSubmitting] = useState(false);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const errors = useFieldErrors<BookingField>(t);
  const problemBox = useRef<HTMLDivElement>(null);

  const withSitter = kind === 'MEDICINE' && plan.setting === 'HOME_WITH_SITTER';
  const another = kind === 'MEDICINE' && plan.nextStep === 'MEDICINE_OR_DONE';
  const needed = KIND_MINUTES[kind] / 60;
  const { minimumNoticeHours, lateCancellationHours } = plan.policy;

  function clientErrors(): Partial<Record<BookingField, string>> {
    const found: Partial<Record<BookingField, string>> = {};
    if (!selected) found.startsAt = 'care.book.startsAt.required';
    if (withSitter) {
      const name = sitterName.trim();
      if (name === '') found.sitterName = 'care.book.sitterName.required';
      else if (name.length > SITTER_NAME_MAX) found.sitterName = 'care.book.sitterName.tooLong';
      if (!sitterAttested) found.sitterAttested = 'care.book.sitterAttested.required';
    }
    return found;
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submitting) return;
    setProblem(null);
    const found = clientErrors();
    if (!errors.showClient(found) || !selected) {
      focusFirst(BOOKING_FIELDS, found, (field) => FIELD_IDS[field]);
      return;
    }
    setSubmitting(true);
    try {
      const session = await bookSession({
        kind,
        startsAt: selected,
        ...(withSitter ? { sitterName: sitterName.trim(), sitterAttested } : {}),
      });
      setSubmitting(false);
      onBooked(session);
    } catch (error) {
      setSubmitting(false);
      if (!isApiProblem(error)) throw error;
      const invalid = errors.showServer(error, BOOKING_FIELDS);
      setProblem(error);
      if (error.slug === 'slot-taken' || invalid.includes('startsAt')) {
        // Someone else was quicker (or the time is no longer open): show what is still free.
        setSelected(null);
        setReloadKey((key) => key + 1);
      }
      if (invalid.length > 0 && error.slug !== 'slot-taken') {
        focusFirst(BOOKING_FIELDS, Object.fromEntries(invalid.map((field) => [field, true])), (field) => FIELD_IDS[field]);
      } else {
        problemBox.current?.focus();
      }
    }
  }

  return (
    <section className="card booking" id="booking-panel" aria-labelledby={headingId} data-testid="booking-panel" data-kind={kind}>
      <h2 id={headingId} className="card__title">
        {another ? t('care.book.heading.another') : t(`care.book.heading.${kind}`)}
      </h2>
      <p>{t(`care.book.about.${kind}`)}</p>
      {another && <p data-testid="booking-another-note">{t('care.book.anotherNote')}</p>}
      <p data-testid="booking-hours">
        {t('care.book.uses', { hours: hoursText(t, locale, needed), remaining: formatNumber(plan.hoursRemaining, locale) })}
      </p>
      {plan.hoursRemaining < needed && (
        <Alert tone="info" testId="booking-hours-short" title={t('care.book.hoursShort.title')}>
          <p>{t('care.book.hoursShort.text')}</p>
        </Alert>
      )}

      <form className="form" noValidate onSubmit={handleSubmit} aria-labelledby={headingId}>
        <div ref={problemBox} tabIndex={-1}>
          {problem && <BookingProblem problem={problem} />}
        </div>
        <SlotPicker
          id={FIELD_IDS.startsAt}
          kind={kind}
          timeZone={plan.memberTimeZone}
          legend={t('care.book.chooseTime')}
          selected={selected}
          onSelect={(slot) => {
            setSelected(slot);
            errors.clear('startsAt');
          }}
          reloadKey={reloadKey}
          error={errors.errorFor('startsAt')}
        />

        {kind === 'MEDICINE' && plan.setting === 'OFFICE_MONITORED' && (
          <p className="note" data-testid="office-setting-note">
            {t('care.book.office')}
          </p>
        )}
        {withSitter && (
          <fieldset className="fieldset" data-testid="sitter-fields">
            <legend>{t('care.book.sitter.legend')}</legend>
            <p className="muted">{t('care.book.sitter.about')}</p>
            <TextField
              id={FIELD_IDS.sitterName}
              name="sitterName"
              label={t('care.book.sitterName.label')}
              hint={t('care.book.sitterName.hint')}
              autoComplete="off"
              maxLength={SITTER_NAME_MAX}
              required
              value={sitterName}
              error={errors.errorFor('sitterName')}
              onValueChange={(value) => {
                setSitterName(value);
                errors.clear('sitterName');
              }}
            />
            <Checkbox
              id={FIELD_IDS.sitterAttested}
              name="sitterAttested"
              label={t('care.book.sitterAttested.label')}
              checked={sitterAttested}
              error={errors.errorFor('sitterAttested')}
              onCheckedChange={(checked) => {
                setSitterAttested(checked);
                errors.clear('sitterAttested');
              }}
            />
          </fieldset>
        )}

        <div className="policy" data-testid="cancellation-policy">
          <h3>{t('care.policy.heading')}</h3>
          <ul>
            <li>{t('care.policy.notice', { hours: formatNumber(minimumNoticeHours, locale) })}</li>
            <li>{t('care.policy.free', { hours: formatNumber(lateCancellationHours, locale) })}</li>
            <li>{t('care.policy.late', { hours: formatNumber(lateCancellationHours, locale) })}</li>
          </ul>
        </div>

        <Button type="submit" data-testid="book-session" busy={submitting}>
          {submitting ? t('care.book.booking') : t('care.book.submit')}
        </Button>
      </form>
    </section>
  );
}

type CheckboxProps = {
  id: string;
  name: string;
  label: string;
  checked: boolean;
  error?: string;
  onCheckedChange: (checked: boolean) => void;
};

/** One checkbox that must be ticked, with its error read out with it. */
function Checkbox({ id, name, label, checked, error, onCheckedChange }: CheckboxProps) {
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <div className="choice">
        <input
          id={id}
          type="checkbox"
          name={name}
          required
          checked={checked}
          aria-invalid={error ? true : undefined}
          aria-describedby={errorId}
          onChange={(event) => onCheckedChange(event.target.checked)}
        />
        <label htmlFor={id}>{label}</label>
      </div>
      {error && (
        <p id={errorId} className="field__error">
          {error}
        </p>
      )}
    </div>
  );
}
