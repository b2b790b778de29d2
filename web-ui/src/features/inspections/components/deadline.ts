import { addDays, startOfDayIn, todayIn } from '@/lib/dates';

/** Deadlines (整改期限) are a day in the project's calendar, due at the end of its working day. */
export const DEADLINE_TIME = '18:00';

/** The deadline instant of a project day: 18:00 there, ISO-8601 with the zone's offset (2026-11-30T18:00:00+08:00). */
export function deadlineAt(date: string, timeZone: string): string {
  return startOfDayIn(date, timeZone).replace('T00:00:00', `T${DEADLINE_TIME}:00`);
}

/** The first day a new deadline may fall on: today while today's 18:00 is still ahead, else tomorrow. */
export function firstDeadlineDay(timeZone: string, now: number): string {
  const today = todayIn(timeZone, now);
  return Date.parse(deadlineAt(today, timeZone)) > now ? today : addDays(today, 1);
}

/** A default deadline: `days` after today, in the project's calendar. */
export function defaultDeadlineDay(timeZone: string, now: number, days: number): string {
  return addDays(todayIn(timeZone, now), days);
}

export type ReinspectionValues = { result?: 'PASS' | 'FAIL' | undefined; newDueDate?: string | undefined; note?: string | undefined };
export type ReinspectionErrors = Partial<Record<'result' | 'newDueDate' | 'note', 'required' | 'notFuture' | 'tooLong'>>;
export const REINSPECTION_NOTE_MAX = 2000;

/**
 * What the re-inspection dialog refuses before sending: a result; on FAIL a new deadline that is still ahead (the API
 * refuses a past one) and a note saying what is still wrong (the owner has to know what to fix).
 */
export function validateReinspection(values: ReinspectionValues, timeZone: string, now: number): ReinspectionErrors {
  const errors: ReinspectionErrors = {};
  if (!values.result) errors.result = 'required';
  const note = values.note?.trim() ?? '';
  if (note.length > REINSPECTION_NOTE_MAX) errors.note = 'tooLong';
  if (values.result === 'FAIL') {
    if (!values.newDueDate) errors.newDueDate = 'required';
    else if (Date.parse(deadlineAt(values.newDueDate, timeZone)) <= now) errors.newDueDate = 'notFuture';
    if (!note) errors.note = 'required';
  }
  return errors;
}

/** The request body of a valid dialog. */
export function toReinspection(values: ReinspectionValues, timeZone: string): { result: 'PASS' | 'FAIL'; note?: string; newDueAt?: string } {
  const note = values.note?.trim();
  return {
    result: values.result ?? 'PASS',
    ...(note ? { note } : {}),
    ...(values.result === 'FAIL' && values.newDueDate ? { newDueAt: deadlineAt(values.newDueDate, timeZone) } : {}),
  };
}
