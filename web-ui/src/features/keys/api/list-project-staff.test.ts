import { beforeEach, describe, expect, it } from 'vitest';
import { listProjectStaff } from '@/features/keys/api/list-project-staff';
import { PROJECT, STAFF, user } from '@/features/keys/testing/fixtures';
import { saveToken } from '@/lib/auth-storage';
import { mockFetch } from '@/testing/fetch-mock';

describe('listProjectStaff (borrowers, approvers, holders)', () => {
  beforeEach(() => saveToken('token-1', 900));

  it('offers neither the read-only integration account nor inactive users', async () => {
    const integration = user('00000000-0000-4000-8000-0000000000e1', '对接系统', ['INTEGRATION']);
    const left = { ...user('00000000-0000-4000-8000-0000000000e2', '已离职', ['TECHNICIAN']), active: false };
    mockFetch([{ path: '/api/v1/users', body: { items: [...STAFF, integration, left] } }]);
    const staff = await listProjectStaff(PROJECT);
    expect(staff.map((member) => member.displayName)).toEqual(STAFF.map((member) => member.displayName));
  });
});
