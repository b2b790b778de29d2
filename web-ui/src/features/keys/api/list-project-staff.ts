import type { Role } from '@/lib/project-staff';

export { listProjectStaff, projectStaffQueryOptions, useProjectStaff, type Role, type User } from '@/lib/project-staff';

/** Who may approve a checkout (the API checks it again: KEY_APPROVER_NOT_AUTHORIZED). */
export const APPROVER_ROLES: readonly Role[] = ['KEY_CUSTODIAN', 'MANAGER'];
