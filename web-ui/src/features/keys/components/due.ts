const MINUTE = 60_000;
/** The loan lengths the desk offers, in minutes (those within the key's maximum, and the maximum). */
const PRESETS = [30, 60, 120, 240, 480];
/**
 * The counter's clock and the server's may differ a little: a due time of exactly "now + maximum"
 * by the counter's clock could be a few seconds too late by the server's (KEY_DUE_TOO_LATE). Keep a
 * minute of margin below the maximum.
 */
const CLOCK_MARGIN_MS = MINUTE;

export function loanPresets(maxLoanMinutes: number): number[] {
  return [...new Set([...PRESETS.filter((minutes) => minutes < maxLoanMinutes), maxLoanMinutes])];
}

/** The due time of a loan of `minutes` starting now, whole minutes, never past the key's maximum. */
export function dueAtFor(minutes: number, maxLoanMinutes: number, now: number): Date {
  const latest = now + maxLoanMinutes * MINUTE - CLOCK_MARGIN_MS;
  const wanted = Math.min(now + minutes * MINUTE, latest);
  return new Date(Math.floor(wanted / MINUTE) * MINUTE);
}
