import { useCallback, useEffect, useState } from 'react';
import { ApiProblem, isApiProblem } from './api-problem';

export type QueryState<T> =
  | { status: 'loading' }
  | { status: 'success'; data: T }
  | { status: 'error'; problem: ApiProblem };

type Loader<T> = (signal: AbortSignal) => Promise<T>;

/**
 * Loads once per `key` and cancels on unmount. Small on purpose: the portal reads a handful of
 * resources per page and needs no cache.
 */
export function useApiQuery<T>(
  key: string,
  load: Loader<T>,
): QueryState<T> & { retry: () => void; setData: (data: T) => void } {
  const [state, setState] = useState<QueryState<T>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    setState({ status: 'loading' });
    load(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setState({ status: 'success', data });
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setState({
          status: 'error',
          problem: isApiProblem(error)
            ? error
            : new ApiProblem({ type: 'about:blank', title: String(error), status: 0 }),
        });
      },
    );
    return () => controller.abort();
    // `load` is identified by `key`, so callers may pass a fresh inline function each render.
  }, [key, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  /** Shows fresher data the page already has (e.g. what a successful change returned). */
  const setData = useCallback((data: T) => setState({ status: 'success', data }), []);
  return { ...state, retry, setData };
}
