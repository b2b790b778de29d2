import type { KeyCheckout } from '@/features/keys/api/check-out-key';
import type { KeyStocktake } from '@/features/keys/api/get-key-stocktake';
import type { Key } from '@/features/keys/api/list-keys';
import type { User } from '@/features/keys/api/list-project-staff';
import type { MockRoute } from '@/testing/fetch-mock';

export const PROJECT = 'b5f1a1e2-0000-4000-8000-000000000002';
export const UNIT = 'd0000000-0000-4000-8000-000000001201';
export const CABINET = 'ca000000-0000-4000-8000-000000000001';
export const KEY = 'ee000000-0000-4000-8000-000000000001';
export const CUSTODIAN = '7d1c4c3e-8f3a-4c7e-9d55-0a8b8e1f2a20';
export const MANAGER = '7d1c4c3e-8f3a-4c7e-9d55-0a8b8e1f2a10';
export const TECH = '7d1c4c3e-8f3a-4c7e-9d55-0a8b8e1f2a12';
export const ORDER = 'e0000000-0000-4000-8000-000000000001';
export const BUILDING = 'c6f1a1e2-0000-4000-8000-000000000003';

/** The project's buildings, as a building drill-down's tag names them. */
export const buildingsRoute: MockRoute = {
  path: `/api/v1/projects/${PROJECT}/buildings`,
  body: { items: [{ id: BUILDING, projectId: PROJECT, code: '3', name: '3号楼', unitCount: 120, version: 0 }] },
};

export const user = (id: string, displayName: string, roles: User['roles']): User => ({
  id,
  username: displayName,
  displayName,
  roles,
  active: true,
  projectIds: [PROJECT],
  version: 0,
  createdAt: '2026-01-05T02:00:00Z',
});

export const STAFF: User[] = [user(CUSTODIAN, '钱管理员', ['KEY_CUSTODIAN']), user(MANAGER, '王经理', ['MANAGER']), user(TECH, '赵师傅', ['TECHNICIAN'])];

/** A unit key in the cabinet, with a valid owner authorization for technicians, as the API returns it. */
export function unitKey(overrides: Partial<Key> = {}): Key {
  return {
    id: KEY,
    code: 'SG-K-0001',
    projectId: PROJECT,
    type: 'UNIT',
    unitId: UNIT,
    unitLabel: '1-1201',
    copies: 1,
    cabinetId: CABINET,
    cabinetName: '1号钥匙柜',
    slot: 12,
    custodianId: CUSTODIAN,
    custodianName: '钱管理员',
    status: 'AVAILABLE',
    deposit: {
      id: 'de000000-0000-4000-8000-000000000001',
      keyId: KEY,
      depositorName: '张先生',
      depositorPhone: '13800005678',
      authorizationRef: 'WT-2026-0031',
      validUntil: '2027-06-30',
      allowedRoles: ['TECHNICIAN'],
      ownerContact: '微信 zhang1201',
      depositedAt: '2026-10-01T02:00:00Z',
      receivedById: CUSTODIAN,
      receivedByName: '钱管理员',
      valid: true,
    },
    maxLoanMinutes: 240,
    allowedActions: ['CHECK_OUT', 'EDIT', 'DEPOSIT', 'REPORT_LOST', 'RETIRE'],
    version: 3,
    createdAt: '2026-10-01T02:00:00Z',
    updatedAt: '2026-10-01T02:00:00Z',
    ...overrides,
  };
}

/** An open checkout of the unit key to the technician, due in an hour (or `overrides`). */
export function checkout(overrides: Partial<KeyCheckout> = {}): KeyCheckout {
  const now = Date.now();
  return {
    id: 'c4000000-0000-4000-8000-000000000001',
    keyId: KEY,
    keyCode: 'SG-K-0001',
    keyType: 'UNIT',
    keyLabel: '1-1201',
    projectId: PROJECT,
    borrowerUserId: TECH,
    borrowerName: '赵师傅',
    borrowerPhone: '13900000004',
    purpose: '入户维修厨房漏水',
    workOrderId: ORDER,
    workOrderCode: 'SG-20261123-0001',
    emergency: false,
    approvedById: MANAGER,
    approvedByName: '王经理',
    issuedById: CUSTODIAN,
    issuedByName: '钱管理员',
    checkedOutAt: new Date(now - 60 * 60_000).toISOString(),
    dueAt: new Date(now + 60 * 60_000).toISOString(),
    open: true,
    overdue: false,
    ...overrides,
  };
}

/** An open stock-take of the cabinet expecting three keys, nothing scanned yet. */
export function stocktake(overrides: Partial<KeyStocktake> = {}): KeyStocktake {
  const line = (n: number) => ({
    keyId: `ee000000-0000-4000-8000-00000000000${n}`,
    code: `SG-K-000${n}`,
    type: 'UNIT' as const,
    label: `1-${n}01`,
    cabinetName: '1号钥匙柜',
    expectedSlot: n,
  });
  return {
    id: '57000000-0000-4000-8000-000000000001',
    projectId: PROJECT,
    cabinetId: CABINET,
    cabinetName: '1号钥匙柜',
    status: 'OPEN',
    startedById: CUSTODIAN,
    startedByName: '钱管理员',
    startedAt: '2026-11-23T02:00:00Z',
    tally: { expected: 3, found: 0, wrongSlot: 0, remaining: 3, unknown: 0, scans: 0 },
    missing: [line(1), line(2), line(3)],
    wrongSlot: [],
    unknown: [],
    checkedOut: [],
    scans: [],
    ...overrides,
  };
}
