import type { InspectionTask } from '@/features/inspections/api/tasks';

/** What an inspector sees on their phone today: the tasks open to do now, to do first; then those done today. */
export type TodayTasks = { toDo: InspectionTask[]; done: InspectionTask[] };

const ORDER: Record<InspectionTask['status'], number> = { IN_PROGRESS: 0, MISSED: 1, OPEN: 2, DONE: 3 };

/**
 * Of the tasks due from today on: those that have opened (a weekly patrol opens on its Monday), not yet done — the one
 * being done first, then late ones, then by due time — and those done since `todayStart`.
 */
export function todayTasks(tasks: readonly InspectionTask[], now: number, todayStart: number): TodayTasks {
  const opened = tasks.filter((task) => Date.parse(task.opensAt) <= now);
  const toDo = opened
    .filter((task) => task.status !== 'DONE')
    .sort((a, b) => ORDER[a.status] - ORDER[b.status] || Date.parse(a.dueAt) - Date.parse(b.dueAt) || (a.unitLabel ?? '').localeCompare(b.unitLabel ?? ''));
  const done = opened.filter((task) => task.status === 'DONE' && task.doneAt !== undefined && Date.parse(task.doneAt) >= todayStart);
  return { toDo, done };
}
