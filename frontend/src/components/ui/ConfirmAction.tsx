import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useT } from '../../lib/i18n';
import { Button } from './Button';

type Props = {
  /** The button that opens the confirm step. */
  label: string;
  triggerTestId?: string;
  triggerVariant?: 'primary' | 'secondary' | 'quiet';
  /** What will happen, in plain words, shown before anything is done. */
  question: string;
  explanation?: ReactNode;
  confirmLabel: string;
  disabled?: boolean;
  /** Runs on confirm; the step closes when it resolves and stays open (for a retry) when it throws. */
  onConfirm: () => Promise<unknown>;
};

/** A button whose action needs a second, explained "yes" (data-testid="confirm-action"). */
export function ConfirmAction({
  label,
  triggerTestId,
  triggerVariant = 'secondary',
  question,
  explanation,
  confirmLabel,
  disabled,
  onConfirm,
}: Props) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const panel = useRef<HTMLDivElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  const questionId = useId();
  const mounted = useRef(true);

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const returnFocus = useRef(false);

  useEffect(() => {
    if (open) panel.current?.focus();
    // The trigger only exists again after the step closed: give it the focus back then.
    else if (returnFocus.current) trigger.current?.focus();
    returnFocus.current = false;
  }, [open]);

  function close() {
    returnFocus.current = true;
    setOpen(false);
  }

  async function confirm() {
    setBusy(true);
    try {
      await onConfirm();
      if (mounted.current) setOpen(false);
    } catch {
      // The caller shows what went wrong; the step stays open so the person can try again.
    } finally {
      if (mounted.current) setBusy(false);
    }
  }

  if (!open) {
    return (
      <Button
        ref={trigger}
        variant={triggerVariant}
        data-testid={triggerTestId}
        disabled={disabled}
        onClick={() => setOpen(true)}
      >
        {label}
      </Button>
    );
  }

  return (
    <div
      ref={panel}
      className="confirm"
      role="group"
      aria-labelledby={questionId}
      tabIndex={-1}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && !busy) close();
      }}
    >
      <p id={questionId} className="confirm__question">
        {question}
      </p>
      {explanation && <div className="confirm__explanation">{explanation}</div>}
      <div className="actions">
        <Button data-testid="confirm-action" busy={busy} onClick={confirm}>
          {confirmLabel}
        </Button>
        <Button variant="secondary" disabled={busy} onClick={close}>
          {t('ui.cancel')}
        </Button>
      </div>
    </div>
  );
}
