import { act, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider, LOCALE_STORAGE_KEY, translate, useLocale, useT } from '.';

const catalog = {
  en: { greeting: 'Hello, {name}.', plain: 'Plain' },
  es: { greeting: 'Hola, {name}.', plain: 'Sencillo' },
};

function Probe() {
  const t = useT();
  const { setLocale } = useLocale();
  return (
    <>
      <p>{t('greeting', { name: 'Quiet Heron' })}</p>
      <button onClick={() => setLocale('es')}>es</button>
    </>
  );
}

const renderProbe = () =>
  render(
    <I18nProvider catalog={catalog}>
      <Probe />
    </I18nProvider>,
  );

describe('i18n', () => {
  it('fills placeholders', () => {
    renderProbe();
    expect(screen.getByText('Hello, Quiet Heron.')).toBeInTheDocument();
  });

  it('shows a missing key as itself, so the gap is visible rather than blank', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(translate(catalog.en, 'missing.key')).toBe('missing.key');
    expect(warn).toHaveBeenCalledWith('Missing translation: missing.key');
  });

  it('starts in Spanish for a browser set to Spanish', () => {
    vi.spyOn(window.navigator, 'language', 'get').mockReturnValue('es-MX');
    renderProbe();
    expect(screen.getByText('Hola, Quiet Heron.')).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('es');
  });

  it('prefers the remembered choice over the browser language', () => {
    vi.spyOn(window.navigator, 'language', 'get').mockReturnValue('es-US');
    window.localStorage.setItem(LOCALE_STORAGE_KEY, 'en');
    renderProbe();
    expect(screen.getByText('Hello, Quiet Heron.')).toBeInTheDocument();
  });

  it('ignores a remembered value that is not a supported language', () => {
    window.localStorage.setItem(LOCALE_STORAGE_KEY, 'fr');
    renderProbe();
    expect(screen.getByText('Hello, Quiet Heron.')).toBeInTheDocument();
  });

  it('switches, remembers and marks the page language', () => {
    renderProbe();
    act(() => screen.getByRole('button', { name: 'es' }).click());
    expect(screen.getByText('Hola, Quiet Heron.')).toBeInTheDocument();
    expect(window.localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('es');
    expect(document.documentElement.lang).toBe('es');
  });
});
