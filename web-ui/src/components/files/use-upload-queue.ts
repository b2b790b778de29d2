import { useCallback, useEffect, useRef, useState } from 'react';
import { uploadAttachment, type Attachment, type AttachmentTarget } from '@/lib/attachments';
import { compressForUpload } from '@/components/files/compress';
import { ApiError } from '@/lib/problem';
import { forgetPending, keepPending, pendingFor } from '@/components/files/pending-uploads';

export type UploadItem = {
  id: string;
  name: string;
  status: 'compressing' | 'uploading' | 'done' | 'error';
  /** 0–100 */
  percent: number;
  error?: unknown;
};

type Entry = { item: UploadItem; file: File | undefined; compressed: Blob | undefined; target: AttachmentTarget; addedAt: number };

/**
 * Files being sent, one request each so that one failure never loses the others: each is compressed, uploaded
 * with progress, and on failure kept with its error until retried or dismissed. With `keep` (the place the photos of
 * this screen go to, a prefix of pending-uploads' targetKey), each compressed photo is also kept on the device until the server has it, and the ones left by
 * an earlier visit (a reload, a crash, a dead connection) are sent again when the screen opens. A refusal that
 * retrying cannot change (a 4xx other than 408 and 429: the inspection was submitted, the file is not allowed) is
 * shown once and not kept.
 */
export function useUploadQueue(onUploaded: (files: Attachment[]) => void, keep?: string) {
  const entries = useRef(new Map<string, Entry>());
  const [items, setItems] = useState<UploadItem[]>([]);
  const persist = keep !== undefined;

  const publish = useCallback(() => setItems([...entries.current.values()].map((entry) => entry.item)), []);
  const update = useCallback(
    (id: string, patch: Partial<UploadItem>) => {
      const entry = entries.current.get(id);
      if (!entry) return;
      entry.item = { ...entry.item, ...patch };
      publish();
    },
    [publish],
  );

  const run = useCallback(
    async (id: string) => {
      const entry = entries.current.get(id);
      if (!entry) return;
      try {
        if (!entry.compressed && entry.file) {
          update(id, { status: 'compressing', percent: 0, error: undefined });
          entry.compressed = await compressForUpload(entry.file);
          if (persist) await keepPending({ id, target: entry.target, name: entry.item.name, blob: entry.compressed, addedAt: entry.addedAt });
        }
        update(id, { status: 'uploading', percent: 0, error: undefined });
        const stored = await uploadAttachment(entry.target, entry.compressed ?? new Blob(), entry.item.name, (fraction) => update(id, { percent: Math.round(fraction * 100) }));
        await forgetPending(id);
        update(id, { status: 'done', percent: 100 });
        onUploaded(stored);
        window.setTimeout(() => {
          entries.current.delete(id);
          publish();
        }, 1500);
      } catch (error) {
        if (error instanceof ApiError && error.status >= 400 && error.status < 500 && error.status !== 408 && error.status !== 429) await forgetPending(id);
        update(id, { status: 'error', error });
      }
    },
    [onUploaded, persist, publish, update],
  );

  const add = useCallback(
    (files: File[], target: AttachmentTarget) => {
      for (const file of files) {
        const id = crypto.randomUUID();
        entries.current.set(id, { file, compressed: undefined, target, addedAt: Date.now(), item: { id, name: file.name, status: 'compressing', percent: 0 } });
        void run(id);
      }
      publish();
    },
    [publish, run],
  );

  const dismiss = useCallback(
    (id: string) => {
      entries.current.delete(id);
      void forgetPending(id);
      publish();
    },
    [publish],
  );

  // What an earlier visit left for this place goes out again (once: a StrictMode re-run finds them queued).
  useEffect(() => {
    if (!keep) return;
    let cancelled = false;
    void pendingFor(keep).then((left) => {
      if (cancelled) return;
      for (const upload of left) {
        if (entries.current.has(upload.id)) continue;
        entries.current.set(upload.id, { file: undefined, compressed: upload.blob, target: upload.target, addedAt: upload.addedAt, item: { id: upload.id, name: upload.name, status: 'uploading', percent: 0 } });
        void run(upload.id);
      }
      if (left.length > 0) publish();
    });
    return () => {
      cancelled = true;
    };
  }, [keep, publish, run]);

  return { items, add, retry: run, dismiss };
}
