export type FieldError = { field: string; message: string };

/** An RFC 9457 problem, as every failed API call reports it to the UI. */
export class ApiProblem extends Error {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail?: string;
  readonly errors: FieldError[];
  /** From Retry-After, when the server sent one (e.g. too many sign-in attempts). */
  readonly retryAfterSeconds?: number;
  /** Members beyond the standard ones (RFC 9457 extensions), e.g. an upload's rejected lines. */
  readonly extensions: Readonly<Record<string, unknown>>;

  constructor(init: {
    type: string;
    title: string;
    status: number;
    detail?: string;
    errors?: FieldError[];
    retryAfterSeconds?: number;
    extensions?: Record<string, unknown>;
  }) {
    super(init.detail ? `${init.title}: ${init.detail}` : init.title);
    this.name = 'ApiProblem';
    this.type = init.type;
    this.title = init.title;
    this.status = init.status;
    this.detail = init.detail;
    this.errors = init.errors ?? [];
    this.retryAfterSeconds = init.retryAfterSeconds;
    this.extensions = init.extensions ?? {};
  }

  /** The last path segment of `type`, e.g. "invalid-credentials". */
  get slug(): string {
    return this.type.split('/').filter(Boolean).pop() ?? '';
  }

  messageFor(field: string): string | undefined {
    return this.errors.find((error) => error.field === field)?.message;
  }
}

export const NETWORK_PROBLEM_TYPE = '/problems/network';
export const UNEXPECTED_RESPONSE_TYPE = '/problems/unexpected-response';

export function isApiProblem(value: unknown): value is ApiProblem {
  return value instanceof ApiProblem;
}

function asString(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

function asFieldErrors(value: unknown): FieldError[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item) => {
    const field = asString(item?.field);
    const message = asString(item?.message);
    return field && message ? [{ field, message }] : [];
  });
}

function retryAfter(response: Response): number | undefined {
  const seconds = Number(response.headers.get('Retry-After'));
  return Number.isFinite(seconds) && seconds > 0 ? seconds : undefined;
}

/** Turns any failed response into an ApiProblem, whatever body (if any) it carried. */
export async function problemFrom(response: Response): Promise<ApiProblem> {
  const contentType = response.headers.get('Content-Type') ?? '';
  if (contentType.includes('json')) {
    try {
      const body: unknown = await response.json();
      if (body && typeof body === 'object') {
        const record = body as Record<string, unknown>;
        const type = asString(record.type);
        const title = asString(record.title);
        if (type || title) {
          const { type: _type, title: _title, status: _status, detail: _detail, errors: _errors, ...extensions } = record;
          return new ApiProblem({
            type: type ?? 'about:blank',
            title: title ?? response.statusText ?? 'Request failed',
            status: typeof record.status === 'number' ? record.status : response.status,
            detail: asString(record.detail),
            errors: asFieldErrors(record.errors),
            retryAfterSeconds: retryAfter(response),
            extensions,
          });
        }
      }
    } catch {
      // A body that is not valid JSON is reported like any other unexpected response.
    }
  }
  return new ApiProblem({
    type: UNEXPECTED_RESPONSE_TYPE,
    title: response.statusText || 'Request failed',
    status: response.status,
    retryAfterSeconds: retryAfter(response),
  });
}
