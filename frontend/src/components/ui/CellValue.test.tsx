import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { catalog } from '../../app/i18n/catalog';
import { I18nProvider, LOCALE_STORAGE_KEY } from '../../lib/i18n';
import { CellValue, type Cell, type StatusCell } from './CellValue';

const show = (cell: Cell | StatusCell, variant?: 'count' | 'derived', format?: (value: number) => string) =>
  render(
    <I18nProvider catalog={catalog}>
      <CellValue cell={cell} variant={variant} format={format} testId="cell" />
    </I18nProvider>,
  );

describe('CellValue', () => {
  it('shows a count of 11 or more as the number', () => {
    show({ value: 1234, suppressed: false });
    expect(screen.getByTestId('cell')).toHaveTextContent('1,234');
    expect(screen.getByTestId('cell')).toHaveAttribute('data-suppressed', 'false');
  });

  it('shows a suppressed count as “Fewer than 11”', () => {
    show({ value: null, suppressed: true });
    expect(screen.getByTestId('cell')).toHaveTextContent('Fewer than 11');
    expect(screen.getByTestId('cell')).toHaveAttribute('data-suppressed', 'true');
  });

  it('shows a suppressed derived value as not shown, not as a count', () => {
    show({ value: null, suppressed: true }, 'derived');
    expect(screen.getByTestId('cell')).toHaveTextContent('Not shown to protect privacy');
  });

  it('never shows a value the server marked suppressed', () => {
    show({ value: 4, suppressed: true });
    expect(screen.getByTestId('cell')).toHaveTextContent('Fewer than 11');
    expect(screen.getByTestId('cell')).not.toHaveTextContent('4');
  });

  it('speaks Spanish', () => {
    window.localStorage.setItem(LOCALE_STORAGE_KEY, 'es');
    show({ value: null, suppressed: true });
    expect(screen.getByTestId('cell')).toHaveTextContent('Menos de 11');
  });

  describe('with a report status', () => {
    it('shows a published value, formatted as asked', () => {
      show({ value: 0.425, status: 'PUBLISHED' }, 'count', (value) => `${value * 100}%`);
      expect(screen.getByTestId('cell')).toHaveTextContent('42.5%');
      expect(screen.getByTestId('cell')).toHaveAttribute('data-status', 'PUBLISHED');
    });

    it('shows a suppressed cell as “Fewer than 11”', () => {
      show({ value: null, status: 'SUPPRESSED' });
      expect(screen.getByTestId('cell')).toHaveTextContent('Fewer than 11');
      expect(screen.getByTestId('cell')).toHaveAttribute('data-status', 'SUPPRESSED');
    });

    it('shows too few questionnaire answers as “Not enough responses”, in Spanish too', () => {
      show({ value: null, status: 'NOT_ENOUGH_RESPONSES' });
      expect(screen.getByTestId('cell')).toHaveTextContent('Not enough responses');
      window.localStorage.setItem(LOCALE_STORAGE_KEY, 'es');
      show({ value: null, status: 'NOT_ENOUGH_RESPONSES' });
      expect(screen.getAllByTestId('cell')[1]).toHaveTextContent('No hay suficientes respuestas');
    });

    it('never shows a value that is not PUBLISHED', () => {
      show({ value: 7, status: 'SUPPRESSED' });
      expect(screen.getByTestId('cell')).not.toHaveTextContent('7');
    });
  });
});
