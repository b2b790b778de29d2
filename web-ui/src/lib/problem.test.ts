import { describe, expect, it } from 'vitest';
import { ApiError, describeProblem, isProblem, mapFieldErrors, parseRetryAfter, toApiError } from '@/lib/problem';

const validation = {
  type: 'https://steward.example/problems/validation',
  title: 'Invalid request',
  status: 400,
  code: 'VALIDATION_FAILED',
  detail: 'Some fields are invalid.',
  errors: [
    { field: 'number', message: 'must match ^[A-Za-z0-9-]+$' },
    { field: 'body.floor', message: 'must be at most 200' },
    { field: 'somethingElse', message: 'is odd' },
  ],
};

describe('problem details', () => {
  it('recognises RFC 9457 bodies', () => {
    expect(isProblem(validation)).toBe(true);
    expect(isProblem({ status: 500 })).toBe(true);
    expect(isProblem('Internal Server Error')).toBe(false);
    expect(isProblem(null)).toBe(false);
    expect(isProblem({ message: 'x' })).toBe(false);
  });

  it('builds an ApiError from a problem+json response', () => {
    const response = new Response(null, { status: 429, headers: { 'Retry-After': '30' } });
    const error = toApiError(response, { title: 'Too many requests', status: 429, code: 'RATE_LIMITED', type: 'about:blank' });
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(429);
    expect(error.code).toBe('RATE_LIMITED');
    expect(error.retryAfterSeconds).toBe(30);
    expect(error.message).toBe('Too many requests');
  });

  it('keeps the status when the body is not a problem', () => {
    const error = toApiError(new Response(null, { status: 502 }), '<html>Bad gateway</html>');
    expect(error.status).toBe(502);
    expect(error.problem).toBeUndefined();
    expect(error.fieldErrors).toEqual([]);
    expect(error.message).toBe('HTTP 502');
  });

  it('parses Retry-After as seconds or as an HTTP date', () => {
    const now = Date.parse('2026-11-23T10:00:00Z');
    expect(parseRetryAfter('120', now)).toBe(120);
    expect(parseRetryAfter('Mon, 23 Nov 2026 10:00:45 GMT', now)).toBe(45);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });

  it('shows title and detail, but not the same text twice', () => {
    expect(describeProblem(validation)).toEqual({ title: 'Invalid request', detail: 'Some fields are invalid.' });
    expect(describeProblem({ ...validation, detail: 'Invalid request' })).toEqual({ title: 'Invalid request' });
    expect(describeProblem({ ...validation, detail: '  ' })).toEqual({ title: 'Invalid request' });
  });

  it('maps field errors onto form fields, by full name or last path segment', () => {
    const { fields, unmatched } = mapFieldErrors(validation.errors, ['number', 'floor', 'areaM2']);
    expect(fields).toEqual([
      { name: 'number', errors: ['must match ^[A-Za-z0-9-]+$'] },
      { name: 'floor', errors: ['must be at most 200'] },
    ]);
    expect(unmatched).toEqual([{ field: 'somethingElse', message: 'is odd' }]);
  });

  it('collects several messages for one field', () => {
    const { fields } = mapFieldErrors(
      [
        { field: 'code', message: 'is too long' },
        { field: 'code', message: 'has bad characters' },
      ],
      ['code'],
    );
    expect(fields).toEqual([{ name: 'code', errors: ['is too long', 'has bad characters'] }]);
  });
});
