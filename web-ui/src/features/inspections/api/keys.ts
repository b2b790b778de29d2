/** The query keys of inspections and rectifications: every write reloads what it touches under these roots. */
export const inspectionsQueryKey = ['inspections'] as const;
export const inspectionTemplatesQueryKey = ['inspection-templates'] as const;
export const rectificationsQueryKey = ['rectifications'] as const;
export const inspectionPlansQueryKey = ['inspection-plans'] as const;
export const inspectionTasksQueryKey = ['inspection-tasks'] as const;
export const vacantUnitsQueryKey = ['vacant-units'] as const;
