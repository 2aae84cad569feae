import { isLocation } from '../../../components/location';

export const ELIGIBILITY_FIELDS = ['enrolmentCode', 'workIdentifier', 'dateOfBirth'] as const;
export type EligibilityField = (typeof ELIGIBILITY_FIELDS)[number];
export type EligibilityDraft = Record<EligibilityField, string>;

export const ACCOUNT_FIELDS = [
  'pseudonym',
  'email',
  'password',
  'confirm',
  'legalName',
  'birthDate',
  'phone',
  'address',
  'state',
] as const;
export type AccountField = (typeof ACCOUNT_FIELDS)[number];
export type AccountDraft = Record<AccountField, string>;

/** Element ids: stable hooks for browser tests, and the targets of "focus the first invalid field". */
export const FIELD_IDS: Record<EligibilityField | AccountField, string> = {
  enrolmentCode: 'enrol-code',
  workIdentifier: 'enrol-work-identifier',
  dateOfBirth: 'enrol-eligibility-dob',
  pseudonym: 'enrol-pseudonym',
  email: 'enrol-email',
  password: 'enrol-password',
  confirm: 'enrol-password-confirm',
  legalName: 'enrol-legal-name',
  birthDate: 'enrol-birth-date',
  phone: 'enrol-phone',
  address: 'enrol-address',
  state: 'enrol-state',
};

// Deliberately loose: the server has the final word, this only catches obvious slips early.
const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Today as YYYY-MM-DD in the visitor's own calendar (the `max` of a date of birth). */
export function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A real calendar day, not in the future and not absurdly long ago. */
function isPlausibleBirthDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) return false;
  return value <= today() && value >= '1900-01-01';
}

type Errors<Field extends string> = Partial<Record<Field, string>>;

/** Returns translation keys for each invalid field; empty when the form may be sent. */
export function validateEligibility(draft: EligibilityDraft): Errors<EligibilityField> {
  const errors: Errors<EligibilityField> = {};
  const code = draft.enrolmentCode.trim();
  if (code === '') errors.enrolmentCode = 'enrolment.code.required';
  else if (code.length > 64) errors.enrolmentCode = 'enrolment.code.tooLong';
  const identifier = draft.workIdentifier.trim();
  if (identifier === '') errors.workIdentifier = 'enrolment.workIdentifier.required';
  else if (identifier.length > 254) errors.workIdentifier = 'enrolment.workIdentifier.tooLong';
  if (draft.dateOfBirth !== '' && !isPlausibleBirthDate(draft.dateOfBirth)) {
    errors.dateOfBirth = 'enrolment.date.invalid';
  }
  return errors;
}

const sameAddress = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

export function validateAccount(draft: AccountDraft, workIdentifier: string): Errors<AccountField> {
  const errors: Errors<AccountField> = {};
  if (draft.pseudonym.trim().length > 40) errors.pseudonym = 'enrolment.pseudonym.tooLong';

  const email = draft.email.trim();
  if (email === '') errors.email = 'enrolment.email.required';
  else if (email.length > 254 || !EMAIL_SHAPE.test(email)) errors.email = 'enrolment.email.malformed';
  else if (sameAddress(email, workIdentifier)) errors.email = 'enrolment.email.notWork';

  if (draft.password === '') errors.password = 'enrolment.password.required';
  else if (draft.password.length < 12) errors.password = 'enrolment.password.tooShort';
  else if (draft.password.length > 200) errors.password = 'enrolment.password.tooLong';
  if (draft.confirm === '') errors.confirm = 'enrolment.confirm.required';
  else if (draft.confirm !== draft.password) errors.confirm = 'enrolment.confirm.mismatch';

  const legalName = draft.legalName.trim();
  if (legalName === '') errors.legalName = 'enrolment.legalName.required';
  else if (legalName.length > 200) errors.legalName = 'enrolment.legalName.tooLong';

  if (draft.birthDate === '') errors.birthDate = 'enrolment.birthDate.required';
  else if (!isPlausibleBirthDate(draft.birthDate)) errors.birthDate = 'enrolment.date.invalid';

  if (draft.phone.trim().length > 40) errors.phone = 'enrolment.phone.tooLong';
  if (draft.address.trim().length > 300) errors.address = 'enrolment.address.tooLong';
  if (!isLocation(draft.state)) errors.state = 'enrolment.state.required';
  return errors;
}

/** Blank optional fields are left out, so the server sees "not given" rather than an empty string. */
export function optional(value: string): string | undefined {
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}
