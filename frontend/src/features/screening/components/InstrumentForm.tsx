import { useState, type FormEvent } from 'react';
import { Alert, Button, ChoiceGroup, ProblemAlert, TextAreaField } from '../../../components/ui';
import { isApiProblem, type ApiProblem } from '../../../lib/api-client';
import { useT } from '../../../lib/i18n';
import {
  DETAILS_MAX_LENGTH,
  SHAPE,
  submitResponse,
  type Instrument,
  type ScreeningResult,
  type Timepoint,
} from '../api/screening-api';
import { ConsentRequired } from './ConsentRequired';

type Props = {
  instrument: Instrument;
  position: number;
  total: number;
  /** A follow-up's timepoint; absent for the baseline screening. */
  timepoint?: Timepoint;
  onSubmitted: (result: ScreeningResult) => void;
};

/** Radio inputs are named `<INSTRUMENT>-<index>` with values 0..max (tests and scripts rely on this). */
export const questionId = (instrument: Instrument, index: number) => `${instrument}-${index}`;

/** One questionnaire on its own page: every item a radio group; nothing is sent until all are answered. */
export function InstrumentForm({ instrument, position, total, timepoint, onSubmitted }: Props) {
  const t = useT();
  const { items, max } = SHAPE[instrument];
  const [answers, setAnswers] = useState<(number | null)[]>(() => Array.from({ length: items }, () => null));
  const [missing, setMissing] = useState<number[]>([]);
  const [details, setDetails] = useState('');
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const headingId = `${instrument}-heading`;

  const choices = Array.from({ length: max + 1 }, (_, value) => ({
    value: String(value),
    label: t(`screening.${instrument}.option.${value}`),
  }));

  function answer(index: number, value: number) {
    setAnswers((current) => current.map((old, i) => (i === index ? value : old)));
    setMissing((current) => current.filter((i) => i !== index));
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submitting) return;
    setProblem(null);
    const unanswered = answers.flatMap((value, index) => (value === null ? [index] : []));
    setMissing(unanswered);
    if (unanswered.length > 0) {
      document.getElementById(questionId(instrument, unanswered[0] ?? 0))?.focus();
      return;
    }
    const trimmed = details.trim();
    setSubmitting(true);
    try {
      const result = await submitResponse(
        {
          instrument,
          answers: answers.map((value) => value ?? 0),
          ...(instrument === 'CONTRAINDICATIONS' && trimmed ? { details: trimmed } : {}),
        },
        timepoint,
      );
      onSubmitted(result);
    } catch (failure) {
      setSubmitting(false);
      if (!isApiProblem(failure)) throw failure;
      setProblem(failure);
    }
  }

  return (
    <section aria-labelledby={headingId} data-testid={`instrument-${instrument}`}>
      <p className="step-label" data-testid="screening-progress">
        {t('screening.progress', { position, total })}
      </p>
      <h2 id={headingId}>{t(`screening.name.${instrument}`)}</h2>
      {instrument === 'PCL5' && <p>{t('screening.PCL5.instructions')}</p>}
      <p className="lead">{t(`screening.${instrument}.stem`)}</p>
      <form className="form questionnaire" noValidate onSubmit={handleSubmit} data-testid={`form-${instrument}`}>
        {missing.length > 0 && (
          <Alert testId="screening-missing" title={t('screening.missing', { count: missing.length })} />
        )}
        {problem &&
          (problem.slug === 'consent-required' ? <ConsentRequired problem={problem} /> : <ProblemAlert problem={problem} />)}
        {answers.map((value, index) => (
          <ChoiceGroup
            key={index}
            id={questionId(instrument, index)}
            type="radio"
            legend={`${index + 1}. ${t(`screening.${instrument}.item.${index}`)}`}
            error={missing.includes(index) ? t('screening.required') : undefined}
            choices={choices}
            selected={value === null ? [] : [String(value)]}
            onSelectedChange={([selected]) => answer(index, Number(selected))}
          />
        ))}
        {instrument === 'CONTRAINDICATIONS' && (
          <TextAreaField
            id="contraindication-details"
            name="details"
            label={t('screening.details.label')}
            hint={t('screening.details.hint')}
            maxLength={DETAILS_MAX_LENGTH}
            rows={4}
            value={details}
            error={problem?.messageFor('details')}
            onValueChange={setDetails}
          />
        )}
        <div className="actions">
          <Button type="submit" data-testid={`submit-${instrument}`} busy={submitting}>
            {submitting ? t('screening.sending') : t('screening.submit')}
          </Button>
        </div>
      </form>
    </section>
  );
}
