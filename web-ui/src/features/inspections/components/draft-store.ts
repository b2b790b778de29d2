import type { Schemas } from '@/lib/api/client';

type ResultInput = Schemas['InspectionResultInput'];

/**
 * What an inspector changed on this phone and the server has not confirmed yet: check point answers, location,
 * summary. Kept in localStorage per inspection, so a reload, a crash or a dead battery loses nothing; each entry
 * leaves once a save that carried exactly it has been answered.
 */
export type LocalDraft = {
  results: Record<string, ResultInput>;
  location?: string | undefined;
  summary?: string | undefined;
  updatedAt: number;
};

const PREFIX = 'steward.inspection-draft.';

export function draftStorageKey(inspectionId: string): string {
  return `${PREFIX}${inspectionId}`;
}

export function emptyDraft(): LocalDraft {
  return { results: {}, updatedAt: 0 };
}

export function loadLocalDraft(inspectionId: string): LocalDraft {
  try {
    const raw = localStorage.getItem(draftStorageKey(inspectionId));
    if (!raw) return emptyDraft();
    const parsed = JSON.parse(raw) as Partial<LocalDraft>;
    if (typeof parsed !== 'object' || typeof parsed.results !== 'object' || parsed.results === null) return emptyDraft();
    return { results: parsed.results, location: parsed.location, summary: parsed.summary, updatedAt: parsed.updatedAt ?? 0 };
  } catch {
    return emptyDraft();
  }
}

export function storeLocalDraft(inspectionId: string, draft: LocalDraft): void {
  try {
    if (isEmpty(draft)) localStorage.removeItem(draftStorageKey(inspectionId));
    else localStorage.setItem(draftStorageKey(inspectionId), JSON.stringify(draft));
  } catch {
    // Storage full or disabled (private mode): the draft still lives in memory and is saved to the server.
  }
}

export function clearLocalDraft(inspectionId: string): void {
  localStorage.removeItem(draftStorageKey(inspectionId));
}

export function isEmpty(draft: LocalDraft): boolean {
  return Object.keys(draft.results).length === 0 && draft.location === undefined && draft.summary === undefined;
}

/** The request body for what is pending (the results in a stable order). */
export function toUpdate(draft: LocalDraft): Schemas['InspectionResultsUpdate'] {
  return {
    results: Object.values(draft.results),
    ...(draft.location !== undefined ? { location: draft.location } : {}),
    ...(draft.summary !== undefined ? { summary: draft.summary } : {}),
  };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * What is still pending once a save of `sent` succeeded: the entries changed again while it was on its way stay,
 * the others are confirmed.
 */
export function afterSaved(current: LocalDraft, sent: LocalDraft): LocalDraft {
  const results = Object.fromEntries(Object.entries(current.results).filter(([id, input]) => !same(sent.results[id], input)));
  return {
    results,
    location: current.location === sent.location ? undefined : current.location,
    summary: current.summary === sent.summary ? undefined : current.summary,
    updatedAt: current.updatedAt,
  };
}
