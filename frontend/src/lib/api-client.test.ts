import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeServer, json, problem, calledPaths } from '../test/fake-server';
import { api, ApiProblem, configureApiClient } from './api-client';

const onUnauthorized = vi.fn();

beforeEach(() => {
  onUnauthorized.mockReset();
  configureApiClient({ onUnauthorized });
});

async function failureOf(promise: Promise<unknown>): Promise<ApiProblem> {
  const error = await promise.then(
    () => expect.fail('expected the call to fail'),
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ApiProblem);
  return error as ApiProblem;
}

describe('api client', () => {
  it('sends JSON with same-origin credentials and returns the parsed body', async () => {
    const fetchMock = fakeServer({ 'POST /api/things': json({ id: 't1' }, 201) });

    await expect(api.post('/api/things', { name: 'x' })).resolves.toEqual({ id: 't1' });

    const init = fetchMock.mock.calls[0]?.[1];
    expect(init?.credentials).toBe('same-origin');
    expect(init?.body).toBe('{"name":"x"}');
    expect((init?.headers as Record<string, string>)['Content-Type']).toBe('application/json');
    expect((init?.headers as Record<string, string>)['X-Requested-With']).toBe('kap-portal');
  });

  it('turns a problem+json answer into an ApiProblem with its field errors', async () => {
    fakeServer({
      'POST /api/identity/sessions': problem(400, 'validation', 'Invalid request', {
        detail: 'Some fields are not valid',
        errors: [
          { field: 'email', message: 'must be a well-formed email address' },
          { field: 'password', message: 'must not be blank' },
        ],
      }),
    });

    const failure = await failureOf(api.post('/api/identity/sessions', { email: 'x', password: '' }));

    expect(failure.type).toBe('/problems/validation');
    expect(failure.slug).toBe('validation');
    expect(failure.title).toBe('Invalid request');
    expect(failure.status).toBe(400);
    expect(failure.detail).toBe('Some fields are not valid');
    expect(failure.messageFor('email')).toBe('must be a well-formed email address');
    expect(failure.errors).toHaveLength(2);
  });

  it('reports a failure that is not a problem (an HTML error page) as a generic problem', async () => {
    fakeServer({
      'GET /api/employers': { status: 502, body: '<html>Bad gateway</html>', headers: { 'Content-Type': 'text/html' } },
    });

    const failure = await failureOf(api.get('/api/employers'));

    expect(failure.status).toBe(502);
    expect(failure.type).toBe('/problems/unexpected-response');
    expect(failure.errors).toEqual([]);
  });

  it('reports an unreachable server as a network problem', async () => {
    vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new TypeError('Failed to fetch')));

    const failure = await failureOf(api.get('/api/employers'));

    expect(failure.slug).toBe('network');
    expect(failure.status).toBe(0);
  });

  it('keeps Retry-After so the reader can be told how long to wait', async () => {
    fakeServer({
      'POST /api/identity/sessions': {
        ...problem(429, 'too-many-sign-in-attempts', 'Too many sign-in attempts'),
        headers: { 'Content-Type': 'application/problem+json', 'Retry-After': '300' },
      },
    });

    const failure = await failureOf(api.post('/api/identity/sessions', {}));

    expect(failure.retryAfterSeconds).toBe(300);
  });

  it('refreshes the session once after a 401 and retries the call', async () => {
    let calls = 0;
    const fetchMock = fakeServer({
      'GET /api/journey/me': () => (++calls === 1 ? problem(401, 'unauthorized', 'Unauthorized') : json({ ok: true })),
      'POST /api/identity/sessions/refresh': json({ user: {} }),
    });

    await expect(api.get('/api/journey/me')).resolves.toEqual({ ok: true });

    expect(calledPaths(fetchMock)).toEqual([
      'GET /api/journey/me',
      'POST /api/identity/sessions/refresh',
      'GET /api/journey/me',
    ]);
    expect(onUnauthorized).not.toHaveBeenCalled();
  });

  it('sends the user to sign in when the refresh fails too', async () => {
    const fetchMock = fakeServer({
      'GET /api/journey/me': problem(401, 'unauthorized', 'Unauthorized'),
      'POST /api/identity/sessions/refresh': problem(401, 'unauthorized', 'Unauthorized'),
    });

    const failure = await failureOf(api.get('/api/journey/me'));

    expect(failure.status).toBe(401);
    expect(onUnauthorized).toHaveBeenCalledOnce();
    expect(calledPaths(fetchMock)).toHaveLength(2);
  });

  it('never refreshes or redirects on a failed sign-in', async () => {
    const fetchMock = fakeServer({
      'POST /api/identity/sessions': problem(401, 'invalid-credentials', 'Invalid credentials'),
    });

    const failure = await failureOf(api.post('/api/identity/sessions', { email: 'a@b.co', password: 'x' }));

    expect(failure.slug).toBe('invalid-credentials');
    expect(calledPaths(fetchMock)).toEqual(['POST /api/identity/sessions']);
    expect(onUnauthorized).not.toHaveBeenCalled();
  });

  it('lets a caller keep a 401 to itself instead of being redirected', async () => {
    fakeServer({
      'GET /api/identity/me': problem(401, 'unauthorized', 'Unauthorized'),
      'POST /api/identity/sessions/refresh': problem(401, 'unauthorized', 'Unauthorized'),
    });

    await failureOf(api.get('/api/identity/me', { redirectOnUnauthorized: false }));

    expect(onUnauthorized).not.toHaveBeenCalled();
  });

  it('shares one refresh between calls that fail together', async () => {
    const seen = new Set<string>();
    const firstTimeUnauthorized = (path: string) => () => {
      if (seen.has(path)) return json({ path });
      seen.add(path);
      return problem(401, 'unauthorized', 'Unauthorized');
    };
    const fetchMock = fakeServer({
      'GET /api/employers': firstTimeUnauthorized('employers'),
      'GET /api/providers': firstTimeUnauthorized('providers'),
      'POST /api/identity/sessions/refresh': json({ user: {} }),
    });

    await Promise.all([api.get('/api/employers'), api.get('/api/providers')]);

    expect(calledPaths(fetchMock).filter((call) => call.includes('refresh'))).toHaveLength(1);
  });

  it('returns nothing for 204 No Content', async () => {
    fakeServer({ 'DELETE /api/identity/sessions/current': { status: 204 } });
    await expect(api.delete('/api/identity/sessions/current')).resolves.toBeUndefined();
  });

  it('sends a raw body with its own Content-Type, e.g. a CSV file', async () => {
    const fetchMock = fakeServer({ 'POST /api/upload?mode=REPLACE': json({ rowsAccepted: 2 }) });
    const file = new File(['email\na@b.co\n'], 'list.csv', { type: '' });

    await expect(api.postRaw('/api/upload?mode=REPLACE', file, 'text/csv')).resolves.toEqual({ rowsAccepted: 2 });

    const init = fetchMock.mock.calls[0]?.[1];
    expect(init?.body).toBe(file);
    expect((init?.headers as Record<string, string>)['Content-Type']).toBe('text/csv');
    expect(init?.credentials).toBe('same-origin');
  });

  it('sends PUT with a JSON body', async () => {
    const fetchMock = fakeServer({ 'PUT /api/things/1': json({ id: '1' }) });
    await api.put('/api/things/1', { version: 3 });
    expect(fetchMock.mock.calls[0]?.[1]?.body).toBe('{"version":3}');
  });

  it('keeps a problem’s extension members, such as an upload’s rejected lines', async () => {
    fakeServer({
      'POST /api/upload': problem(422, 'eligibility-file-rejected', 'Rejected', {
        rowsRejected: 1,
        rejectedLines: [{ line: 2, code: 'INVALID_EMAIL', message: 'bad' }],
      }),
    });

    const failure = await failureOf(api.postRaw('/api/upload', 'x', 'text/csv'));

    expect(failure.extensions.rowsRejected).toBe(1);
    expect(failure.extensions.rejectedLines).toEqual([{ line: 2, code: 'INVALID_EMAIL', message: 'bad' }]);
    expect(failure.extensions).not.toHaveProperty('type');
  });
});
