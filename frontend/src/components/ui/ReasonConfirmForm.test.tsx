import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { catalog } from '../../app/i18n/catalog';
import { ApiProblem } from '../../lib/api-client';
import { I18nProvider } from '../../lib/i18n';
import { ReasonConfirmForm } from './ReasonConfirmForm';

function show(submit: (reason: string) => Promise<void>, onCancel = vi.fn()) {
  render(
    <I18nProvider catalog={catalog}>
      <ReasonConfirmForm
        question="Reject it?"
        fieldId="why"
        label="Why?"
        maxLength={20}
        validate={(reason) => (reason === '' ? 'ui.problem.validation' : undefined)}
        submit={submit}
        testIds={{ form: 'why-form', problem: 'why-problem', confirm: 'why-confirm' }}
        confirmLabel="Reject"
        busyLabel="Rejecting…"
        onCancel={onCancel}
      />
    </I18nProvider>,
  );
  return { field: document.getElementById('why') as HTMLTextAreaElement, onCancel };
}

describe('ReasonConfirmForm', () => {
  it('focuses the reason, checks it here first and sends it trimmed', async () => {
    let finish: () => void = () => {};
    const submit = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    const { field } = show(submit);
    expect(screen.getByRole('form', { name: 'Reject it?' })).toHaveAttribute('data-testid', 'why-form');
    expect(field).toHaveFocus();
    expect(field).toHaveAttribute('name', 'reason');

    await userEvent.click(screen.getByTestId('why-confirm'));
    expect(document.getElementById('why-error')).toHaveTextContent('Please correct the fields marked below.');
    expect(submit).not.toHaveBeenCalled();

    await userEvent.type(field, '  too late  ');
    expect(document.getElementById('why-error')).not.toBeInTheDocument();
    await userEvent.click(screen.getByTestId('why-confirm'));
    expect(submit).toHaveBeenCalledWith('too late');
    expect(screen.getByTestId('why-confirm')).toHaveTextContent('Rejecting…');
    finish();
  });

  it('shows the server’s field error under the reason and the problem above it', async () => {
    const problem = new ApiProblem({
      type: '/problems/validation',
      title: 'Invalid request',
      status: 400,
      errors: [{ field: 'reason', message: 'size must be between 1 and 20' }],
    });
    const { field } = show(() => Promise.reject(problem));
    await userEvent.type(field, 'x');
    await userEvent.click(screen.getByTestId('why-confirm'));
    await waitFor(() => expect(document.getElementById('why-error')).toHaveTextContent('size must be between 1 and 20'));
    expect(screen.getByTestId('why-problem')).toBeInTheDocument();
    expect(field).toHaveFocus();
    expect(screen.getByTestId('why-confirm')).toHaveTextContent('Reject');
  });

  it('cancels on Escape', async () => {
    const { onCancel } = show(() => Promise.resolve());
    await userEvent.keyboard('{Escape}');
    expect(onCancel).toHaveBeenCalledTimes(1);
  });
});
