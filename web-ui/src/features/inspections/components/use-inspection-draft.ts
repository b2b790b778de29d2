import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { inspectionQueryKey, inspectionQueryOptions, useInspection, type VersionedInspection } from '@/features/inspections/api/get-inspection';
import { inspectionsQueryKey } from '@/features/inspections/api/keys';
import { saveInspectionResults, submitInspection, type InspectionResultInput } from '@/features/inspections/api/save-inspection-results';
import { afterSaved, clearLocalDraft, emptyDraft, isEmpty, loadLocalDraft, storeLocalDraft, toUpdate, type LocalDraft } from '@/features/inspections/components/draft-store';
import type { Answer } from '@/features/inspections/components/scoring';
import { isApiError } from '@/lib/problem';
import { storeAnswer } from '@/lib/query-cache';

/** saved: the server has everything; pending/saving: on its way; offline: kept on this phone, retried; error: refused (400). */
export type SaveState = 'saved' | 'pending' | 'saving' | 'offline' | 'error' | 'submitted';

export type EffectiveResult = Answer & { note?: string | undefined };

/** Wait after the last tap before saving (a slider's drag, a typed note: one request). */
export const SAVE_DELAY_MS = 800;
const FIRST_RETRY_MS = 2000;
const LAST_RETRY_MS = 30_000;

/**
 * An inspection being walked: the server's copy, what this phone changed on top of it (kept in localStorage), and the
 * save loop — a debounced PUT of the pending answers with If-Match; a 412 (saved from another tab) reloads the copy and
 * sends again; no network, a 5xx or a 429 keeps everything here and retries (2 s, doubling to 30 s, and when the
 * browser is back online); a 400 stops and says what the server refused. Submitting first saves what is pending.
 */
export function useInspectionDraft(inspectionId: string) {
  const queryClient = useQueryClient();
  const query = useInspection(inspectionId);
  const [draft, setDraft] = useState<LocalDraft>(() => loadLocalDraft(inspectionId));
  const draftRef = useRef(draft);
  const [saveState, setSaveState] = useState<SaveState>(() => (isEmpty(draft) ? 'saved' : 'pending'));
  const [saveError, setSaveError] = useState<unknown>();
  const timer = useRef<number | undefined>(undefined);
  const retryDelay = useRef(FIRST_RETRY_MS);
  const inFlight = useRef<Promise<boolean> | undefined>(undefined);
  const flushRef = useRef<() => Promise<boolean>>(() => Promise.resolve(true));

  const keep = useCallback(
    (next: LocalDraft) => {
      draftRef.current = next;
      storeLocalDraft(inspectionId, next);
      setDraft(next);
    },
    [inspectionId],
  );

  const schedule = useCallback((delay: number) => {
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => void flushRef.current(), delay);
  }, []);

  const sendPending = useCallback(async (): Promise<boolean> => {
    for (let conflicts = 0; ; ) {
      const sent = draftRef.current;
      if (isEmpty(sent)) {
        setSaveState('saved');
        return true;
      }
      setSaveState('saving');
      try {
        let base = queryClient.getQueryData<VersionedInspection>(inspectionQueryKey(inspectionId));
        if (!base?.etag) base = await queryClient.fetchQuery({ ...inspectionQueryOptions(inspectionId), staleTime: 0 });
        const saved = await saveInspectionResults(inspectionId, toUpdate(sent), base.etag ?? '');
        await storeAnswer(queryClient, inspectionQueryKey(inspectionId), saved);
        keep(afterSaved(draftRef.current, sent));
        retryDelay.current = FIRST_RETRY_MS;
        setSaveError(undefined);
        // Anything typed while it was on its way goes next, in the same loop.
      } catch (error) {
        if (isApiError(error) && (error.status === 412 || error.status === 428) && conflicts < 3) {
          // Saved from elsewhere (another tab): take the server's copy and send ours on top of it.
          conflicts += 1;
          await queryClient.fetchQuery({ ...inspectionQueryOptions(inspectionId), staleTime: 0 }).catch(() => undefined);
          continue;
        }
        if (isApiError(error) && error.status === 409) {
          // Submitted meanwhile (another device): nothing more can be saved.
          clearLocalDraft(inspectionId);
          keep(emptyDraft());
          setSaveState('submitted');
          void queryClient.invalidateQueries({ queryKey: inspectionsQueryKey });
          return false;
        }
        if (isApiError(error) && error.status >= 400 && error.status < 500 && error.status !== 408 && error.status !== 429) {
          setSaveError(error);
          setSaveState('error');
          return false;
        }
        // No answer, or the server is busy: everything stays on this phone; try again a little later.
        setSaveError(error);
        setSaveState('offline');
        schedule(retryDelay.current);
        retryDelay.current = Math.min(LAST_RETRY_MS, retryDelay.current * 2);
        return false;
      }
    }
  }, [inspectionId, keep, queryClient, schedule]);

  const flush = useCallback((): Promise<boolean> => {
    window.clearTimeout(timer.current);
    if (inFlight.current) return inFlight.current;
    const run = sendPending().finally(() => {
      inFlight.current = undefined;
    });
    inFlight.current = run;
    return run;
  }, [sendPending]);
  flushRef.current = flush;

  // What this phone kept from before a reload goes out as soon as the inspection is loaded; and again when the
  // network comes back, or when the page is hidden (the phone locked, the app switched).
  const loaded = query.isSuccess;
  useEffect(() => {
    if (loaded && !isEmpty(draftRef.current)) void flush();
  }, [loaded, flush]);
  useEffect(() => {
    const online = () => {
      if (!isEmpty(draftRef.current)) void flush();
    };
    const hidden = () => {
      if (document.visibilityState === 'hidden') online();
    };
    window.addEventListener('online', online);
    document.addEventListener('visibilitychange', hidden);
    return () => {
      window.removeEventListener('online', online);
      document.removeEventListener('visibilitychange', hidden);
      window.clearTimeout(timer.current);
    };
  }, [flush]);

  const change = useCallback(
    (next: LocalDraft) => {
      keep({ ...next, updatedAt: Date.now() });
      setSaveState((previous) => (previous === 'offline' || previous === 'error' ? previous : 'pending'));
      schedule(SAVE_DELAY_MS);
    },
    [keep, schedule],
  );

  const setResult = useCallback(
    (input: InspectionResultInput) => change({ ...draftRef.current, results: { ...draftRef.current.results, [input.checkPointId]: input } }),
    [change],
  );
  const setLocation = useCallback((location: string) => change({ ...draftRef.current, location }), [change]);
  const setSummary = useCallback((summary: string) => change({ ...draftRef.current, summary }), [change]);

  const inspection = query.data?.inspection;
  /** Every check point's answer as the inspector sees it: the server's, overlaid with what is pending here. */
  const results = useMemo(() => {
    const map = new Map<string, EffectiveResult>();
    for (const result of inspection?.results ?? []) map.set(result.checkPointId, { status: result.status, deduction: result.deduction, note: result.note });
    for (const [id, input] of Object.entries(draft.results)) map.set(id, { status: input.status, deduction: input.deduction, note: input.note });
    return map;
  }, [inspection, draft]);

  const submit = useMutation({
    mutationFn: async () => {
      const saved = await flush();
      if (!saved || !isEmpty(draftRef.current)) throw new UnsavedError();
      const base = queryClient.getQueryData<VersionedInspection>(inspectionQueryKey(inspectionId));
      return submitInspection(inspectionId, base?.etag ?? '');
    },
    meta: { handledStatuses: [400, 409, 412, 428] },
    onSuccess: async (submitted) => {
      clearLocalDraft(inspectionId);
      keep(emptyDraft());
      setSaveState('submitted');
      await storeAnswer(queryClient, inspectionQueryKey(inspectionId), submitted);
      return queryClient.invalidateQueries({ queryKey: [...inspectionsQueryKey, 'pages'] });
    },
  });

  return {
    query,
    inspection,
    results,
    location: draft.location ?? inspection?.location ?? '',
    summary: draft.summary ?? inspection?.summary ?? '',
    pendingCount: Object.keys(draft.results).length,
    saveState,
    saveError,
    setResult,
    setLocation,
    setSummary,
    flush,
    submit,
  };
}

/** Submitting while answers could not be saved (offline, or refused): they stay on this phone. */
export class UnsavedError extends Error {
  constructor() {
    super('unsaved answers');
    this.name = 'UnsavedError';
  }
}
