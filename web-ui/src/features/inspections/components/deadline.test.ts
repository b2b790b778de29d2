import { describe, expect, it } from 'vitest';
import { deadlineAt, firstDeadlineDay, toReinspection, validateReinspection } from '@/features/inspections/components/deadline';

const SHANGHAI = 'Asia/Shanghai';
// 2026-11-23 10:00 in Shanghai (02:00 UTC).
const MORNING = Date.parse('2026-11-23T02:00:00Z');
// 2026-11-23 19:00 in Shanghai: today's 18:00 has passed.
const EVENING = Date.parse('2026-11-23T11:00:00Z');

describe('deadlines in the project calendar', () => {
  it('are due at 18:00 of the project day, with its offset', () => {
    expect(deadlineAt('2026-11-30', SHANGHAI)).toBe('2026-11-30T18:00:00+08:00');
    expect(deadlineAt('2026-07-01', 'Europe/Berlin')).toBe('2026-07-01T18:00:00+02:00');
  });

  it('start today while its 18:00 is ahead, else tomorrow', () => {
    expect(firstDeadlineDay(SHANGHAI, MORNING)).toBe('2026-11-23');
    expect(firstDeadlineDay(SHANGHAI, EVENING)).toBe('2026-11-24');
  });
});

describe('validateReinspection (the re-inspection dialog)', () => {
  it('needs a result', () => {
    expect(validateReinspection({}, SHANGHAI, MORNING)).toEqual({ result: 'required' });
  });

  it('PASS needs nothing more, and sends no deadline', () => {
    expect(validateReinspection({ result: 'PASS', newDueDate: '2026-11-01' }, SHANGHAI, MORNING)).toEqual({});
    expect(toReinspection({ result: 'PASS', newDueDate: '2026-11-30', note: '  已整改  ' }, SHANGHAI)).toEqual({ result: 'PASS', note: '已整改' });
  });

  it('FAIL needs a new deadline still ahead and a note on what is still wrong', () => {
    expect(validateReinspection({ result: 'FAIL' }, SHANGHAI, MORNING)).toEqual({ newDueDate: 'required', note: 'required' });
    expect(validateReinspection({ result: 'FAIL', newDueDate: '2026-11-22', note: '仍缺' }, SHANGHAI, MORNING)).toEqual({ newDueDate: 'notFuture' });
    // Today is fine in the morning, not after 18:00.
    expect(validateReinspection({ result: 'FAIL', newDueDate: '2026-11-23', note: '仍缺' }, SHANGHAI, MORNING)).toEqual({});
    expect(validateReinspection({ result: 'FAIL', newDueDate: '2026-11-23', note: '仍缺' }, SHANGHAI, EVENING)).toEqual({ newDueDate: 'notFuture' });
    expect(validateReinspection({ result: 'FAIL', newDueDate: '2026-11-30', note: '   ' }, SHANGHAI, MORNING)).toEqual({ note: 'required' });
    expect(validateReinspection({ result: 'FAIL', newDueDate: '2026-11-30', note: 'x'.repeat(2001) }, SHANGHAI, MORNING)).toEqual({ note: 'tooLong' });
    expect(toReinspection({ result: 'FAIL', newDueDate: '2026-11-30', note: '公示栏仍缺投诉电话' }, SHANGHAI)).toEqual({
      result: 'FAIL',
      note: '公示栏仍缺投诉电话',
      newDueAt: '2026-11-30T18:00:00+08:00',
    });
  });
});
