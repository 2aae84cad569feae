/** Where a member is (and will be) for their sessions; telehealth is offered only in the four states. */
export const LOCATIONS = ['CA', 'NY', 'UT', 'VT', 'OTHER'] as const;
export type Location = (typeof LOCATIONS)[number];
export const SUPPORTED_STATES = ['CA', 'NY', 'UT', 'VT'] as const;

export function isLocation(value: string): value is Location {
  return (LOCATIONS as readonly string[]).includes(value);
}
