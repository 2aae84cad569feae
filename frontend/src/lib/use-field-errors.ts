import { useCallback, useState } from 'react';
import type { ApiProblem } from './api-problem';
import type { Translate } from './i18n';

/**
 * A form's per-field messages. Client errors are kept as translation keys so they follow a
 * language switch; server errors arrive as text and are shown as sent.
 */
export function useFieldErrors<Field extends string>(t: Translate) {
  const [client, setClient] = useState<Partial<Record<Field, string>>>({});
  const [server, setServer] = useState<Partial<Record<Field, string>>>({});

  const errorFor = (field: Field): string | undefined => {
    const key = client[field];
    return key ? t(key) : server[field];
  };

  const clear = useCallback((field: Field) => {
    setClient((current) => (current[field] ? { ...current, [field]: undefined } : current));
    setServer((current) => (current[field] ? { ...current, [field]: undefined } : current));
  }, []);

  /** Replaces the client errors; returns true when there are none. */
  const showClient = useCallback((errors: Partial<Record<Field, string>>) => {
    setClient(errors);
    setServer({});
    return Object.values(errors).every((value) => !value);
  }, []);

  /** Puts the server's field errors under their fields; returns the fields that got one. */
  const showServer = useCallback((problem: ApiProblem, fields: readonly Field[]) => {
    const next: Partial<Record<Field, string>> = {};
    for (const field of fields) {
      const message = problem.messageFor(field);
      if (message) next[field] = message;
    }
    setServer(next);
    return fields.filter((field) => next[field]);
  }, []);

  return { errorFor, clear, showClient, showServer };
}

/** Focuses the first field (in form order) that has a message, by its element id. */
export function focusFirst<Field extends string>(order: readonly Field[], invalid: Partial<Record<Field, unknown>>, idOf: (field: Field) => string) {
  const first = order.find((field) => invalid[field]);
  if (first) document.getElementById(idOf(first))?.focus();
}
