import type { LicenceRequest } from './practice-api';

/** Form values as typed: numbers and code lists are still text. */
export type ProfileValues = {
  credentials: string;
  languages: string[];
  otherLanguages: string;
  modalities: string[];
  capacity: string;
  timeZone: string;
  nextAvailableOn: string;
};

export const PROFILE_FIELDS = ['credentials', 'languages', 'modalities', 'capacity', 'timeZone', 'nextAvailableOn'] as const;
export type ProfileField = (typeof PROFILE_FIELDS)[number];
export const PROFILE_FIELD_IDS: Record<ProfileField, string> = {
  credentials: 'provider-credentials',
  languages: 'provider-languages',
  modalities: 'provider-modalities',
  capacity: 'provider-capacity',
  timeZone: 'provider-time-zone',
  nextAvailableOn: 'provider-next-available-on',
};

export const CAPACITY_MIN = 1;
export const CAPACITY_MAX = 200;
const CREDENTIALS_MAX = 200;
const LANGUAGES_MAX = 10;
const ISO_639_1 = /^[a-z]{2}$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** "pt, fr" -> ["pt", "fr"], lower-cased, without blanks. */
export function splitCodes(text: string): string[] {
  return text
    .split(/[\s,;]+/)
    .map((code) => code.trim().toLowerCase())
    .filter(Boolean);
}

/** The chosen languages plus the typed codes, each once. */
export function languagesOf(values: ProfileValues): string[] {
  return [...new Set([...values.languages, ...splitCodes(values.otherLanguages)])];
}

/** Translation keys of what is wrong, by field. */
export function validateProfile(values: ProfileValues, today: string = localToday()): Partial<Record<ProfileField, string>> {
  const errors: Partial<Record<ProfileField, string>> = {};
  const credentials = values.credentials.trim();
  if (credentials === '') errors.credentials = 'provider.profile.credentials.required';
  else if (credentials.length > CREDENTIALS_MAX) errors.credentials = 'provider.profile.credentials.tooLong';

  const languages = languagesOf(values);
  if (splitCodes(values.otherLanguages).some((code) => !ISO_639_1.test(code)))
    errors.languages = 'provider.profile.languages.badCode';
  else if (languages.length === 0) errors.languages = 'provider.profile.languages.required';
  else if (languages.length > LANGUAGES_MAX) errors.languages = 'provider.profile.languages.tooMany';

  if (values.modalities.length === 0) errors.modalities = 'provider.profile.modalities.required';

  const capacity = values.capacity.trim();
  if (capacity === '') errors.capacity = 'provider.profile.capacity.required';
  else if (!/^\d+$/.test(capacity) || Number(capacity) < CAPACITY_MIN || Number(capacity) > CAPACITY_MAX)
    errors.capacity = 'provider.profile.capacity.range';

  if (values.timeZone === '') errors.timeZone = 'provider.profile.timeZone.required';

  if (values.nextAvailableOn !== '') {
    if (!ISO_DATE.test(values.nextAvailableOn)) errors.nextAvailableOn = 'provider.profile.nextAvailableOn.invalid';
    else if (values.nextAvailableOn < today) errors.nextAvailableOn = 'provider.profile.nextAvailableOn.past';
  }
  return errors;
}

/** Today in the browser's time zone as YYYY-MM-DD, the provider's own calendar day. */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export const LICENCE_FIELDS = ['state', 'licenceType', 'number', 'issuedOn', 'expiresOn'] as const;
export type LicenceField = (typeof LICENCE_FIELDS)[number];
export const LICENCE_FIELD_IDS: Record<LicenceField, string> = {
  state: 'licence-state',
  licenceType: 'licence-type',
  number: 'licence-number',
  issuedOn: 'licence-issued-on',
  expiresOn: 'licence-expires-on',
};
const LICENCE_TEXT_MAX = 60;

export function validateLicence(values: LicenceRequest): Partial<Record<LicenceField, string>> {
  const errors: Partial<Record<LicenceField, string>> = {};
  if (values.state === '') errors.state = 'provider.addLicence.state.required';
  for (const field of ['licenceType', 'number'] as const) {
    const value = values[field].trim();
    if (value === '') errors[field] = `provider.addLicence.${field}.required`;
    else if (value.length > LICENCE_TEXT_MAX) errors[field] = 'provider.addLicence.tooLong';
  }
  for (const field of ['issuedOn', 'expiresOn'] as const) {
    if (values[field] === '') errors[field] = `provider.addLicence.${field}.required`;
    else if (!ISO_DATE.test(values[field])) errors[field] = 'provider.addLicence.date.invalid';
  }
  if (!errors.issuedOn && !errors.expiresOn && values.expiresOn <= values.issuedOn)
    errors.expiresOn = 'provider.addLicence.expiresOn.beforeIssued';
  return errors;
}
