import { ApiProblem, NETWORK_PROBLEM_TYPE, problemFrom } from './api-problem';

export { ApiProblem, isApiProblem } from './api-problem';
export type { FieldError } from './api-problem';

const SIGN_IN_PATH = '/api/identity/sessions';
const REFRESH_PATH = '/api/identity/sessions/refresh';
const NO_REFRESH_PATHS = new Set([SIGN_IN_PATH, REFRESH_PATH]);

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export type RequestOptions = {
  method?: Method;
  /** Sent as JSON. */
  body?: unknown;
  /** Sent as is with its own Content-Type (e.g. a CSV file); takes the place of `body`. */
  raw?: { content: BodyInit; contentType: string };
  signal?: AbortSignal;
  /**
   * When false, a 401 that survives the refresh is thrown to the caller instead of sending the
   * browser to the sign-in page (the session check on load wants to know, not to be moved).
   */
  redirectOnUnauthorized?: boolean;
};

type ClientConfig = { onUnauthorized: () => void };

function goToSignIn() {
  if (window.location.pathname !== '/sign-in') window.location.assign('/sign-in');
}

const config: ClientConfig = { onUnauthorized: goToSignIn };

/** Lets the app (or a test) decide what "send the user to sign in" means. */
export function configureApiClient(overrides: Partial<ClientConfig>): void {
  Object.assign(config, overrides);
}

// Concurrent 401s share one refresh, so a page with several calls rotates the cookie once.
let refreshing: Promise<boolean> | null = null;

function refreshSession(): Promise<boolean> {
  refreshing ??= send(REFRESH_PATH, { method: 'POST' })
    .then((response) => response.ok)
    .catch(() => false)
    .finally(() => {
      refreshing = null;
    });
  return refreshing;
}

async function send(path: string, options: RequestOptions): Promise<Response> {
  // The session rides in cookies; a page on another site cannot add this header without a CORS
  // preflight the server never grants, so the server refuses cookie-authenticated writes without it.
  const headers: Record<string, string> = {
    Accept: 'application/json, application/problem+json',
    'X-Requested-With': 'kap-portal',
  };
  let body: BodyInit | undefined;
  if (options.raw) {
    headers['Content-Type'] = options.raw.contentType;
    body = options.raw.content;
  } else if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(options.body);
  }
  try {
    return await fetch(path, {
      method: options.method ?? 'GET',
      headers,
      body,
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiProblem({
      type: NETWORK_PROBLEM_TYPE,
      title: 'The server could not be reached',
      status: 0,
    });
  }
}

async function bodyOf<T>(response: Response): Promise<T> {
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text === '' ? undefined : JSON.parse(text)) as T;
}

export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  let response = await send(path, options);
  if (response.status === 401 && !NO_REFRESH_PATHS.has(path)) {
    if (await refreshSession()) response = await send(path, options);
    if (response.status === 401 && options.redirectOnUnauthorized !== false) {
      config.onUnauthorized();
    }
  }
  if (!response.ok) throw await problemFrom(response);
  return bodyOf<T>(response);
}

type CallOptions = Omit<RequestOptions, 'method' | 'body' | 'raw'>;

export const api = {
  get: <T>(path: string, options?: CallOptions) => apiRequest<T>(path, { ...options, method: 'GET' }),
  post: <T>(path: string, body?: unknown, options?: CallOptions) =>
    apiRequest<T>(path, { ...options, method: 'POST', body }),
  put: <T>(path: string, body: unknown, options?: CallOptions) =>
    apiRequest<T>(path, { ...options, method: 'PUT', body }),
  /** POSTs `content` as the raw request body, e.g. a file with Content-Type text/csv. */
  postRaw: <T>(path: string, content: BodyInit, contentType: string, options?: CallOptions) =>
    apiRequest<T>(path, { ...options, method: 'POST', raw: { content, contentType } }),
  delete: <T = void>(path: string, options?: CallOptions) => apiRequest<T>(path, { ...options, method: 'DELETE' }),
};
