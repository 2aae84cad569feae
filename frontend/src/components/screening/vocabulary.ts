/** The questionnaires of the baseline screening, in the order a member answers them. */
export const INSTRUMENTS = ['PHQ9', 'GAD7', 'PCL5', 'CONTRAINDICATIONS'] as const;
export type Instrument = (typeof INSTRUMENTS)[number];

/** Questionnaires whose item answers are scores worth reading one by one. */
export const SCORED_INSTRUMENTS = ['PHQ9', 'GAD7', 'PCL5'] as const satisfies readonly Instrument[];

/** Every band the screening may report; anything else is shown as the server sent it. */
export const BANDS = [
  'MINIMAL',
  'MILD',
  'MODERATE',
  'MODERATELY_SEVERE',
  'SEVERE',
  'BELOW_THRESHOLD',
  'PROBABLE_PTSD',
  'NONE_REPORTED',
  'PRESCRIBER_REVIEW',
] as const;
export type Band = (typeof BANDS)[number];

/** One questionnaire's result as the server reports it: "PHQ9, 16 of 27, MODERATELY_SEVERE". */
export type ScreeningLine = { instrument: string; total: number; maximum: number; band: string };

const isOneOf = <T extends string>(list: readonly T[], value: string): value is T =>
  (list as readonly string[]).includes(value);

export const isInstrument = (value: string): value is Instrument => isOneOf(INSTRUMENTS, value);
export const isScoredInstrument = (value: string): value is (typeof SCORED_INSTRUMENTS)[number] =>
  isOneOf(SCORED_INSTRUMENTS, value);
export const isBand = (value: string): value is Band => isOneOf(BANDS, value);
