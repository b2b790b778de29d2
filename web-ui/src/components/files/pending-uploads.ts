import { createStore, del, entries, set, type UseStore } from 'idb-keyval';
import type { AttachmentTarget } from '@/lib/attachments';

/**
 * Photos taken on this phone that the server has not confirmed yet, kept in IndexedDB (compressed, a few hundred KB
 * each) so that a reload, a crash or a lost connection on a slow network loses none: the upload resumes when the
 * screen that took them opens again. Each leaves once its upload has been answered, or when the user dismisses it.
 * Where IndexedDB is missing or refuses (a private window, a full disk) photos are simply not kept.
 */
export type PendingUpload = { id: string; target: AttachmentTarget; name: string; blob: Blob; addedAt: number };
/** As stored: the bytes and their type (an ArrayBuffer clones everywhere; some Blob implementations do not). */
type Stored = Omit<PendingUpload, 'blob'> & { bytes: ArrayBuffer; type: string };

let store: UseStore | undefined;
function db(): UseStore | undefined {
  if (typeof indexedDB === 'undefined') return undefined;
  store ??= createStore('steward-uploads', 'pending');
  return store;
}

/** One key per place a photo belongs to (the order and stage, the finding and stage, the deposit). */
export function targetKey(target: AttachmentTarget): string {
  switch (target.kind) {
    case 'workOrder':
      return `workOrder/${target.workOrderId}/${target.stage}`;
    case 'keyDeposit':
      return `keyDeposit/${target.keyId}/${target.depositId}`;
    case 'inspectionResult':
      return `inspectionResult/${target.inspectionId}/${target.resultId}/${target.stage}`;
  }
}

export async function keepPending(upload: PendingUpload): Promise<void> {
  const where = db();
  if (!where) return;
  try {
    const { blob, ...rest } = upload;
    const stored: Stored = { ...rest, bytes: await blob.arrayBuffer(), type: blob.type };
    await set(upload.id, stored, where);
  } catch {
    // Not kept: the upload still runs, it just would not survive a reload.
  }
}

export async function forgetPending(id: string): Promise<void> {
  const where = db();
  if (!where) return;
  try {
    await del(id, where);
  } catch {
    // Nothing to do: at worst it is offered again and the user dismisses it.
  }
}

/** Every place of one work order (all its stages). */
export function workOrderPlace(workOrderId: string): string {
  return `workOrder/${workOrderId}/`;
}

/** The photos still waiting for the server whose place starts with `place` (see targetKey), oldest first. */
export async function pendingFor(place: string): Promise<PendingUpload[]> {
  const where = db();
  if (!where) return [];
  try {
    return (await entries<string, Stored>(where))
      .map(([, stored]) => stored)
      .filter((stored) => stored?.target && targetKey(stored.target).startsWith(place) && stored.bytes instanceof ArrayBuffer)
      .sort((a, b) => a.addedAt - b.addedAt)
      .map(({ bytes, type, ...rest }) => ({ ...rest, blob: new File([bytes], rest.name, { type }) }));
  } catch {
    return [];
  }
}
