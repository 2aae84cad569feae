import { useId, type Ref } from 'react';
import { Alert, QueryStatus } from '../../../components/ui';
import { formatNumber, useLocale, useT } from '../../../lib/i18n';
import { useApiQuery } from '../../../lib/use-api-query';
import { fetchSlots, type SessionKind } from '../api/care-api';
import { formatDateTimeIn, formatDay, formatTimeIn, groupByDay, zoneLabel } from '../api/care-time';
import { hoursText } from './care-text';

type Props = {
  /** The fieldset's element id (its error is `{id}-error`). */
  id: string;
  ref?: Ref<HTMLFieldSetElement>;
  kind: SessionKind;
  /** The member's time zone: slots are grouped by the member's own calendar day. */
  timeZone: string;
  legend: string;
  selected: string | null;
  onSelect: (slot: string) => void;
  /** Changing it loads the slots again (e.g. after someone else took the chosen one). */
  reloadKey: number;
  error?: string;
  /**
   * Each slot button's data-testid is this prefix plus the instant exactly as the API sent it; the
   * picker's other parts use it too (`{prefix}picker`, `{prefix}day-<date>`, `{prefix}problem`, `{prefix}empty`).
   */
  testIdPrefix?: string;
  /** The level of each day's heading, one below the heading the picker sits under. */
  dayHeadingLevel?: 3 | 4;
};

/** The free start times of the next weeks, one button each, under the day they fall on where the member is. */
export function SlotPicker(props: Props) {
  const { id, ref, kind, timeZone, legend, selected, onSelect, reloadKey, error } = props;
  const { testIdPrefix = 'slot-', dayHeadingLevel = 3 } = props;
  const t = useT();
  const { locale } = useLocale();
  const hintId = useId();
  const slots = useApiQuery(`care-slots-${kind}-${reloadKey}`, (signal) => fetchSlots(kind, signal));

  if (slots.status === 'error' && slots.problem.status === 409) {
    return (
      <Alert tone="info" testId={`${testIdPrefix}problem`} problemType={slots.problem.type} title={t('care.slots.notBookable')}>
        {slots.problem.detail && <p>{slots.problem.detail}</p>}
      </Alert>
    );
  }
  if (slots.status !== 'success') return <QueryStatus state={slots} />;

  const { durationMinutes, windowClosesAt } = slots.data;
  const days = groupByDay(slots.data.slots, (slot) => slot, timeZone);
  const errorId = error ? `${id}-error` : undefined;

  return (
    <fieldset
      id={id}
      ref={ref}
      tabIndex={-1}
      className={error ? 'field slots field--invalid' : 'field slots'}
      aria-describedby={[hintId, errorId].filter(Boolean).join(' ')}
      data-testid={`${testIdPrefix}picker`}
      data-kind={kind}
    >
      <legend className="field__label">{legend}</legend>
      <div id={hintId} className="field__hint">
        <p data-testid={`${testIdPrefix}zone`}>{t('care.slots.zone', { zone: zoneLabel(timeZone, locale) })}</p>
        <p>
          {t('care.slots.duration', {
            minutes: formatNumber(durationMinutes, locale),
            hours: hoursText(t, locale, durationMinutes / 60),
          })}
        </p>
        {windowClosesAt && (
          <p data-testid={`${testIdPrefix}window-closes`}>
            {t('care.slots.windowCloses', { deadline: formatDateTimeIn(windowClosesAt, locale, timeZone) })}
          </p>
        )}
      </div>
      {days.length === 0 ? (
        <p data-testid={`${testIdPrefix}empty`}>{t('care.slots.empty')}</p>
      ) : (
        days.map(({ day, items }) => (
          <SlotDay key={day} day={day} slots={items} {...{ timeZone, selected, onSelect, testIdPrefix, dayHeadingLevel }} />
        ))
      )}
      {error && (
        <p id={errorId} className="field__error">
          {error}
        </p>
      )}
    </fieldset>
  );
}

type DayProps = {
  day: string;
  slots: string[];
  timeZone: string;
  selected: string | null;
  onSelect: (slot: string) => void;
  testIdPrefix: string;
  dayHeadingLevel: 3 | 4;
};

function SlotDay({ day, slots, timeZone, selected, onSelect, testIdPrefix, dayHeadingLevel }: DayProps) {
  const { locale } = useLocale();
  const headingId = useId();
  const Heading = dayHeadingLevel === 4 ? 'h4' : 'h3';
  return (
    <div className="slot-day" role="group" aria-labelledby={headingId} data-testid={`${testIdPrefix}day-${day}`} data-day={day}>
      <Heading id={headingId} className="slot-day__title">
        {formatDay(day, locale)}
      </Heading>
      <ul className="slot-list">
        {slots.map((slot) => (
          <li key={slot}>
            <button
              type="button"
              className={slot === selected ? 'slot slot--selected' : 'slot'}
              aria-pressed={slot === selected}
              aria-label={formatDateTimeIn(slot, locale, timeZone)}
              data-testid={`${testIdPrefix}${slot}`}
              onClick={() => onSelect(slot)}
            >
              {formatTimeIn(slot, locale, timeZone)}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
