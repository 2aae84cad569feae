export type Messages = Readonly<Record<string, string>>;
export type TranslationParams = Readonly<Record<string, string | number>>;

/** Looks up `key` and fills `{placeholder}`s; a missing key shows itself so it is noticed. */
export function translate(messages: Messages, key: string, params?: TranslationParams): string {
  const template = messages[key];
  if (template === undefined) {
    if (import.meta.env.DEV) console.warn(`Missing translation: ${key}`);
    return key;
  }
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '').sort();
}
