import { describe, expect, it } from 'vitest';
import { dueAtFor, loanPresets } from '@/features/keys/components/due';
import { applyScan } from '@/features/keys/components/stocktake';
import { stocktake } from '@/features/keys/testing/fixtures';
import type { KeyStocktakeScanResult } from '@/features/keys/api/scan-key-stocktake';

const result = (n: number, code: string, kind: KeyStocktakeScanResult['scan']['result'], tally: Partial<KeyStocktakeScanResult['tally']>, keyId?: string) => ({
  scan: { id: `5c000000-0000-4000-8000-00000000000${n}`, keyCode: code, result: kind, scannedAt: '2026-11-23T02:01:00Z', scannedByName: '钱管理员', ...(keyId ? { keyId } : {}) },
  tally: { expected: 3, found: 0, wrongSlot: 0, remaining: 3, unknown: 0, scans: n, ...tally },
});

describe('applyScan', () => {
  it('puts the scan on top, takes a found key off the not-yet-scanned list and keeps the newest tally', () => {
    const start = stocktake();
    const found = result(1, 'SG-K-0001', 'FOUND', { found: 1, remaining: 2 }, start.missing[0]?.keyId);
    const unknown = result(2, 'XX-1', 'UNKNOWN', { found: 1, remaining: 2, unknown: 1 });
    const wrong = result(3, 'SG-K-0002', 'WRONG_SLOT', { found: 2, remaining: 1, wrongSlot: 1, unknown: 1 }, start.missing[1]?.keyId);

    // Answers overtaking each other: the third arrives before the second.
    const after = applyScan(applyScan(applyScan(start, found), wrong), unknown);
    expect(after.scans.map((scan) => scan.keyCode)).toEqual(['XX-1', 'SG-K-0002', 'SG-K-0001']);
    expect(after.missing.map((line) => line.code)).toEqual(['SG-K-0003']);
    expect(after.tally).toMatchObject({ found: 2, remaining: 1, wrongSlot: 1, unknown: 1, scans: 3 });
    // The same answer twice (a refetch raced it) changes nothing.
    expect(applyScan(after, wrong)).toBe(after);
  });
});

describe('due times', () => {
  it('offers loans up to the maximum and never asks for more than it (a minute of margin for clock skew)', () => {
    expect(loanPresets(240)).toEqual([30, 60, 120, 240]);
    expect(loanPresets(480)).toEqual([30, 60, 120, 240, 480]);
    const now = Date.parse('2026-11-23T10:00:30Z');
    expect(dueAtFor(60, 240, now).toISOString()).toBe('2026-11-23T11:00:00.000Z');
    expect(dueAtFor(240, 240, now).toISOString()).toBe('2026-11-23T13:59:00.000Z');
    expect(dueAtFor(999, 240, now).getTime()).toBeLessThan(now + 240 * 60_000);
  });
});
