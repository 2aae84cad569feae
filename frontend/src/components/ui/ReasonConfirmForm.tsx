import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { isApiProblem, type ApiProblem } from '../../lib/api-client';
import { useT } from '../../lib/i18n';
import { useFieldErrors } from '../../lib/use-field-errors';
import { Button } from './Button';
import { ProblemAlert } from './ProblemAlert';
import { TextAreaField } from './TextAreaField';

type Props = {
  /** What will happen, in plain words; it names the form. */
  question: ReactNode;
  /** The reason field: its element id (its messages are `{id}-hint` and `{id}-error`), label and hint. */
  fieldId: string;
  label: string;
  hint?: string;
  minLength?: number;
  maxLength: number;
  /** Translation key of what is wrong with the (trimmed) reason, or undefined when it may be sent. */
  validate: (reason: string) => string | undefined;
  /** Sends the trimmed reason; a thrown API problem is shown (field errors under `reason`) and the form stays open. */
  submit: (reason: string) => Promise<void>;
  testIds: { form: string; problem: string; confirm: string };
  confirmLabel: string;
  /** The confirm button's text while sending; the confirm label when not given. */
  busyLabel?: string;
  onCancel: () => void;
};

/**
 * The confirm step of an action that needs a written reason (declining, rejecting): the field has
 * the focus on open, Escape cancels, the reason is checked here first and then by the server.
 */
export function ReasonConfirmForm({
  question,
  fieldId,
  label,
  hint,
  minLength,
  maxLength,
  validate,
  submit,
  testIds,
  confirmLabel,
  busyLabel,
  onCancel,
}: Props) {
  const t = useT();
  const headingId = useId();
  const [reason, setReason] = useState('');
  const [submitting, setSubmitting] = useState(false);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const errors = useFieldErrors<'reason'>(t);
  const field = useRef<HTMLTextAreaElement>(null);

  useEffect(() => field.current?.focus(), []);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submitting) return;
    setProblem(null);
    const trimmed = reason.trim();
    if (!errors.showClient({ reason: validate(trimmed) })) {
      field.current?.focus();
      return;
    }
    setSubmitting(true);
    try {
      await submit(trimmed);
    } catch (error) {
      setSubmitting(false);
      if (!isApiProblem(error)) throw error;
      if (errors.showServer(error, ['reason']).length > 0) field.current?.focus();
      setProblem(error);
    }
  }

  return (
    <form
      className="confirm form"
      noValidate
      onSubmit={handleSubmit}
      aria-labelledby={headingId}
      data-testid={testIds.form}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && !submitting) onCancel();
      }}
    >
      <p id={headingId} className="confirm__question">
        {question}
      </p>
      {problem && <ProblemAlert problem={problem} testId={testIds.problem} />}
      <TextAreaField
        ref={field}
        id={fieldId}
        name="reason"
        label={label}
        hint={hint}
        required
        minLength={minLength}
        maxLength={maxLength}
        value={reason}
        error={errors.errorFor('reason')}
        onValueChange={(value) => {
          setReason(value);
          errors.clear('reason');
        }}
      />
      <div className="actions">
        <Button type="submit" data-testid={testIds.confirm} busy={submitting}>
          {submitting && busyLabel ? busyLabel : confirmLabel}
        </Button>
        <Button variant="secondary" disabled={submitting} onClick={onCancel}>
          {t('ui.cancel')}
        </Button>
      </div>
    </form>
  );
}
