import { describe, expect, it } from 'vitest';
import { catalog } from '../../../app/i18n/catalog';
import { LOCALES } from '../../../lib/i18n';
import { ENROLMENT_METRICS, INSTRUMENTS, OUTCOME_STATS, TIMEPOINTS, USAGE_METRICS } from '../api/metrics';
import { GRANULARITIES } from '../api/types';

// Keys built from the vocabulary (`reporting.metric.${metric}`…), which the catalog test cannot see.
const built = [
  ...[...ENROLMENT_METRICS, ...USAGE_METRICS].map((metric) => `reporting.metric.${metric}`),
  ...OUTCOME_STATS.map((stat) => `reporting.stat.${stat}`),
  ...INSTRUMENTS.map((instrument) => `reporting.instrument.${instrument}`),
  ...['BASELINE', ...TIMEPOINTS].map((timepoint) => `reporting.timepoint.${timepoint}`),
  ...GRANULARITIES.flatMap((granularity) => [`reporting.granularity.${granularity}`, `reporting.empty.${granularity}`]),
  'reporting.period.quarter.long',
  'reporting.period.quarter.short',
  'ui.cell.notEnoughResponses',
];

describe('reporting wording', () => {
  it.each(LOCALES)('has every key built from the report vocabulary in %s', (locale) => {
    expect(built.filter((key) => !(key in catalog[locale]))).toEqual([]);
  });
});
