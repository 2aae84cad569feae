import { vi } from 'vitest';

type Reply = { status: number; body?: unknown; headers?: Record<string, string> };
type Route = Reply | ((init: RequestInit | undefined) => Reply);

export function problem(status: number, slug: string, title: string, extra: Record<string, unknown> = {}): Reply {
  return {
    status,
    headers: { 'Content-Type': 'application/problem+json' },
    body: { type: `/problems/${slug}`, title, status, ...extra },
  };
}

export function json(body: unknown, status = 200): Reply {
  return { status, body, headers: { 'Content-Type': 'application/json' } };
}

/**
 * Replaces fetch with answers keyed by "METHOD /path"; anything unlisted is a 404 problem, so a
 * test notices a call it did not expect.
 */
export function fakeServer(routes: Record<string, Route>) {
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const key = `${init?.method ?? 'GET'} ${url}`;
    const route = routes[key];
    const reply = typeof route === 'function' ? route(init) : (route ?? problem(404, 'not-found', `No route ${key}`));
    const text = reply.body === undefined ? null : typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body);
    return new Response(text, { status: reply.status, headers: reply.headers });
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

export function calledPaths(fetchMock: ReturnType<typeof fakeServer>): string[] {
  return fetchMock.mock.calls.map(([input, init]) => `${init?.method ?? 'GET'} ${String(input)}`);
}
