import { useCallback, useRef, useState } from 'react';
import { uploadAttachment, type Attachment, type AttachmentTarget } from '@/lib/attachments';
import { compressForUpload } from '@/components/files/compress';

export type UploadItem = {
  id: string;
  name: string;
  status: 'compressing' | 'uploading' | 'done' | 'error';
  /** 0–100 */
  percent: number;
  error?: unknown;
};

type Entry = { item: UploadItem; file: File; target: AttachmentTarget };

/**
 * Files being sent, one request each so that one failure never loses the others: each is compressed, uploaded
 * with progress, and on failure kept with its error until retried or dismissed.
 */
export function useUploadQueue(onUploaded: (files: Attachment[]) => void) {
  const entries = useRef(new Map<string, Entry>());
  const [items, setItems] = useState<UploadItem[]>([]);

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
      update(id, { status: 'compressing', percent: 0, error: undefined });
      try {
        const blob = await compressForUpload(entry.file);
        update(id, { status: 'uploading', percent: 0 });
        const stored = await uploadAttachment(entry.target, blob, entry.file.name, (fraction) => update(id, { percent: Math.round(fraction * 100) }));
        update(id, { status: 'done', percent: 100 });
        onUploaded(stored);
        window.setTimeout(() => {
          entries.current.delete(id);
          publish();
        }, 1500);
      } catch (error) {
        update(id, { status: 'error', error });
      }
    },
    [onUploaded, publish, update],
  );

  const add = useCallback(
    (files: File[], target: AttachmentTarget) => {
      for (const file of files) {
        const id = crypto.randomUUID();
        entries.current.set(id, { file, target, item: { id, name: file.name, status: 'compressing', percent: 0 } });
        void run(id);
      }
      publish();
    },
    [publish, run],
  );

  const dismiss = useCallback(
    (id: string) => {
      entries.current.delete(id);
      publish();
    },
    [publish],
  );

  return { items, add, retry: run, dismiss };
}
