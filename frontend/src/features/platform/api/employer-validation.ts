import type { EmployerRequest } from './employers-api';

export type EmployerField = keyof EmployerRequest;
export const EMPLOYER_FIELDS: readonly EmployerField[] = ['legalName', 'displayName', 'contactName', 'contactEmail', 'billingEmail'];
export const EMPLOYER_FIELD_IDS: Record<EmployerField, string> = {
  legalName: 'employer-legal-name',
  displayName: 'employer-display-name',
  contactName: 'employer-contact-name',
  contactEmail: 'employer-contact-email',
  billingEmail: 'employer-billing-email',
};

const MAX: Record<EmployerField, number> = {
  legalName: 200,
  displayName: 120,
  contactName: 120,
  contactEmail: 254,
  billingEmail: 254,
};
const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Returns translation keys for each invalid field; empty when the form may be sent. */
export function validateEmployer(values: EmployerRequest): Partial<Record<EmployerField, string>> {
  const errors: Partial<Record<EmployerField, string>> = {};
  for (const field of EMPLOYER_FIELDS) {
    const value = values[field].trim();
    if (value === '') errors[field] = `platform.employerForm.${field}.required`;
    else if (value.length > MAX[field]) errors[field] = 'platform.employerForm.tooLong';
    else if ((field === 'contactEmail' || field === 'billingEmail') && !EMAIL_SHAPE.test(value))
      errors[field] = 'platform.employerForm.email.malformed';
  }
  return errors;
}
