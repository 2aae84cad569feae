import { describe, expect, it } from 'vitest';
import { LOCALES, placeholdersOf } from '../../lib/i18n';
import { catalog, sources } from './catalog';

const sourceFiles = import.meta.glob<string>(['/src/**/*.{ts,tsx}', '!/src/**/*.test.{ts,tsx}', '!/src/test/**'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

describe('translations', () => {
  it.each(Object.entries(sources))('%s has exactly the same keys in every language', (_name, byLocale) => {
    const englishKeys = Object.keys(byLocale.en).sort();
    for (const locale of LOCALES) {
      expect(Object.keys(byLocale[locale]).sort(), locale).toEqual(englishKeys);
    }
  });

  it('uses the same placeholders in every language', () => {
    for (const [key, english] of Object.entries(catalog.en)) {
      for (const locale of LOCALES) {
        expect(placeholdersOf(catalog[locale][key] ?? ''), `${locale} ${key}`).toEqual(placeholdersOf(english));
      }
    }
  });

  it('has no empty text', () => {
    for (const locale of LOCALES) {
      for (const [key, text] of Object.entries(catalog[locale])) {
        expect(text.trim(), `${locale} ${key}`).not.toBe('');
      }
    }
  });

  it('gives every key one owner, so no feature silently overrides another', () => {
    const total = Object.values(sources).reduce((sum, source) => sum + Object.keys(source.en).length, 0);
    expect(Object.keys(catalog.en)).toHaveLength(total);
  });

  it('defines every key the code asks for by name', () => {
    expect(Object.keys(sourceFiles).length).toBeGreaterThan(10);
    const used = Object.values(sourceFiles).flatMap((text) =>
      [...text.matchAll(/\bt\(\s*'([^']+)'/g)].map((match) => match[1] ?? ''),
    );
    expect(used.length).toBeGreaterThan(50);
    const missing = used.filter((key) => !(key in catalog.en));
    expect(missing).toEqual([]);
  });
});
