import type { ProgrammeStatus, ProgrammeView, Service, UsState } from './types';

/** What the form holds: text as typed, so a half-typed number is never lost or reformatted. */
export type ProgrammeDraft = {
  name: string;
  startsOn: string;
  endsOn: string;
  seats: string;
  packageHours: string;
  pricePerSeatUsd: string;
  coveredServices: Service[];
  states: UsState[];
};

export const PROGRAMME_FIELDS = [
  'name',
  'startsOn',
  'endsOn',
  'seats',
  'packageHours',
  'pricePerSeatUsd',
  'coveredServices',
  'states',
] as const;
export type ProgrammeField = (typeof PROGRAMME_FIELDS)[number];
export type ProgrammeErrors = Partial<Record<ProgrammeField, string>>;

export const FIELD_IDS: Record<ProgrammeField, string> = {
  name: 'programme-name',
  startsOn: 'programme-starts-on',
  endsOn: 'programme-ends-on',
  seats: 'programme-seats',
  packageHours: 'programme-package-hours',
  pricePerSeatUsd: 'programme-price',
  coveredServices: 'programme-services',
  states: 'programme-states',
};

/** Fields that may still change while a programme is ACTIVE (seats and states only upwards). */
export const CHANGEABLE_WHILE_ACTIVE: readonly ProgrammeField[] = ['name', 'endsOn', 'seats', 'states'];

export function emptyDraft(): ProgrammeDraft {
  return {
    name: '',
    startsOn: '',
    endsOn: '',
    seats: '',
    packageHours: '18',
    pricePerSeatUsd: '3150.00',
    coveredServices: ['PREPARATION', 'MEDICINE_SESSION_SUPPORT', 'INTEGRATION'],
    states: ['CA', 'NY', 'UT', 'VT'],
  };
}

export function draftOf(programme: ProgrammeView): ProgrammeDraft {
  return {
    name: programme.name,
    startsOn: programme.startsOn,
    endsOn: programme.endsOn,
    seats: String(programme.seats),
    packageHours: String(programme.packageHours),
    pricePerSeatUsd: Number(programme.pricePerSeatUsd).toFixed(2),
    coveredServices: [...programme.coveredServices],
    states: [...programme.states],
  };
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const WHOLE = /^\d+$/;
const MONEY = /^\d+(\.\d{1,2})?$/;

type Original = { status: ProgrammeStatus; seats: number; states: readonly UsState[] } | null;

/** Returns translation keys for each invalid field; empty when the form may be sent. */
export function validateProgramme(draft: ProgrammeDraft, original: Original = null): ProgrammeErrors {
  const errors: ProgrammeErrors = {};
  const name = draft.name.trim();
  if (name === '') errors.name = 'sponsorship.form.name.required';
  else if (name.length > 120) errors.name = 'sponsorship.form.name.tooLong';

  if (draft.startsOn === '') errors.startsOn = 'sponsorship.form.startsOn.required';
  else if (!DATE.test(draft.startsOn)) errors.startsOn = 'sponsorship.form.date.invalid';

  if (draft.endsOn === '') errors.endsOn = 'sponsorship.form.endsOn.required';
  else if (!DATE.test(draft.endsOn)) errors.endsOn = 'sponsorship.form.date.invalid';
  else if (!errors.startsOn && draft.endsOn <= draft.startsOn) errors.endsOn = 'sponsorship.form.endsOn.afterStart';

  const seats = draft.seats.trim();
  if (seats === '') errors.seats = 'sponsorship.form.seats.required';
  else if (!WHOLE.test(seats) || Number(seats) < 1 || Number(seats) > 100000) errors.seats = 'sponsorship.form.seats.range';
  else if (original?.status === 'ACTIVE' && Number(seats) < original.seats) errors.seats = 'sponsorship.form.seats.onlyMore';

  const hours = draft.packageHours.trim();
  if (hours === '') errors.packageHours = 'sponsorship.form.packageHours.required';
  else if (!WHOLE.test(hours) || Number(hours) < 1 || Number(hours) > 200)
    errors.packageHours = 'sponsorship.form.packageHours.range';

  const price = draft.pricePerSeatUsd.trim();
  if (price === '') errors.pricePerSeatUsd = 'sponsorship.form.price.required';
  else if (!MONEY.test(price) || Number(price) > 1000000) errors.pricePerSeatUsd = 'sponsorship.form.price.range';

  if (draft.coveredServices.length === 0) errors.coveredServices = 'sponsorship.form.services.required';
  if (draft.states.length === 0) errors.states = 'sponsorship.form.states.required';
  else if (original?.status === 'ACTIVE' && original.states.some((state) => !draft.states.includes(state)))
    errors.states = 'sponsorship.form.states.onlyMore';
  return errors;
}

export function requestOf(draft: ProgrammeDraft) {
  return {
    name: draft.name.trim(),
    startsOn: draft.startsOn,
    endsOn: draft.endsOn,
    seats: Number(draft.seats.trim()),
    packageHours: Number(draft.packageHours.trim()),
    pricePerSeatUsd: Number(draft.pricePerSeatUsd.trim()),
    coveredServices: [...draft.coveredServices],
    states: [...draft.states],
  };
}
