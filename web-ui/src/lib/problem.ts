import type { components } from '@/lib/api/schema';

export type Problem = components['schemas']['Problem'];
export type FieldError = components['schemas']['FieldError'];

/** A non-2xx answer from the API, carrying its RFC 9457 problem details when it sent them. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem | undefined;
  /** Seconds from a `Retry-After` header (429), when present. */
  readonly retryAfterSeconds: number | undefined;

  constructor(status: number, problem: Problem | undefined, retryAfterSeconds?: number) {
    super(problem?.title ?? `HTTP ${String(status)}`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  get code(): string | undefined {
    return this.problem?.code;
  }

  get fieldErrors(): FieldError[] {
    return this.problem?.errors ?? [];
  }
}

/** The request never got an answer (offline, DNS, CORS, aborted). */
export class NetworkError extends Error {
  constructor(cause: unknown) {
    super('Network error', { cause });
    this.name = 'NetworkError';
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/** True when `body` looks like RFC 9457 problem details (at least a title or a status). */
export function isProblem(body: unknown): body is Problem {
  if (typeof body !== 'object' || body === null) return false;
  const candidate = body as Record<string, unknown>;
  return typeof candidate.title === 'string' || typeof candidate.status === 'number';
}

/** Parses a Retry-After header: delta-seconds or an HTTP date. */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, Math.ceil((date - now) / 1000));
}

/** Builds an ApiError from a response and its already-parsed body (anything, possibly empty). */
export function toApiError(response: Response, body: unknown): ApiError {
  const problem = isProblem(body) ? body : undefined;
  return new ApiError(response.status, problem, parseRetryAfter(response.headers.get('Retry-After')));
}

/** The user-facing text of a problem: its title and, when it says more, its detail. */
export function describeProblem(problem: Problem): { title: string; detail?: string } {
  const detail = problem.detail?.trim();
  return detail && detail !== problem.title ? { title: problem.title, detail } : { title: problem.title };
}

/**
 * Maps the problem's `errors[]` onto the fields of a form. `field` may be a path such as
 * `body.number` or `items[0].name`; it matches a form field by its full path, else by its last
 * segment. Errors that match no field are returned in `unmatched`, to show above the form.
 */
export function mapFieldErrors(
  errors: readonly FieldError[],
  fieldNames: readonly string[],
): { fields: { name: string; errors: string[] }[]; unmatched: FieldError[] } {
  const byName = new Map<string, string[]>();
  const unmatched: FieldError[] = [];
  for (const error of errors) {
    const name = matchField(error.field, fieldNames);
    if (name === undefined) {
      unmatched.push(error);
      continue;
    }
    const messages = byName.get(name) ?? [];
    messages.push(error.message);
    byName.set(name, messages);
  }
  return { fields: [...byName].map(([name, messages]) => ({ name, errors: messages })), unmatched };
}

function matchField(field: string, fieldNames: readonly string[]): string | undefined {
  if (fieldNames.includes(field)) return field;
  const last = field.split(/[.[\]]/).filter(Boolean).pop();
  return last !== undefined && fieldNames.includes(last) ? last : undefined;
}
