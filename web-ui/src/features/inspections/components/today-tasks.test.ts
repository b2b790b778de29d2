import { describe, expect, it } from 'vitest';
import type { InspectionTask } from '@/features/inspections/api/tasks';
import { todayTasks } from '@/features/inspections/components/today-tasks';

const base: InspectionTask = {
  id: 't',
  projectId: 'p',
  planId: 'plan',
  planName: '十必查',
  level: 'SERVICE_CENTRE',
  templateId: 'tpl',
  templateName: { zh: '十必查', en: 'Ten must-checks' },
  method: 'OPEN',
  scheduledOn: '2026-12-03',
  opensAt: '2026-12-02T16:00:00Z',
  dueAt: '2026-12-03T10:00:00Z',
  status: 'OPEN',
  late: false,
  inspectors: [],
};
const task = (over: Partial<InspectionTask>): InspectionTask => ({ ...base, ...over });

describe('todayTasks', () => {
  const now = Date.parse('2026-12-03T03:00:00Z'); // 11:00 in Shanghai
  const todayStart = Date.parse('2026-12-02T16:00:00Z');

  it('puts the one being done first, then late ones, then by due time; leaves out tasks not open yet', () => {
    const tasks = [
      task({ id: 'later', dueAt: '2026-12-06T10:00:00Z', opensAt: '2026-11-29T16:00:00Z', unitLabel: '1-203' }),
      task({ id: 'soon', dueAt: '2026-12-03T10:00:00Z' }),
      task({ id: 'going', status: 'IN_PROGRESS', dueAt: '2026-12-03T10:00:00Z', inspectionId: 'i' }),
      task({ id: 'late', status: 'MISSED', late: true, dueAt: '2026-12-03T02:00:00Z' }),
      task({ id: 'tomorrow', opensAt: '2026-12-03T16:00:00Z', dueAt: '2026-12-04T10:00:00Z' }),
    ];
    expect(todayTasks(tasks, now, todayStart).toDo.map((t) => t.id)).toEqual(['going', 'late', 'soon', 'later']);
  });

  it('lists as done only what was submitted today', () => {
    const tasks = [
      task({ id: 'done-today', status: 'DONE', doneAt: '2026-12-03T01:00:00Z' }),
      task({ id: 'done-before', status: 'DONE', doneAt: '2026-12-01T01:00:00Z', opensAt: '2026-11-29T16:00:00Z', dueAt: '2026-12-06T10:00:00Z' }),
    ];
    const result = todayTasks(tasks, now, todayStart);
    expect(result.done.map((t) => t.id)).toEqual(['done-today']);
    expect(result.toDo).toEqual([]);
  });
});
