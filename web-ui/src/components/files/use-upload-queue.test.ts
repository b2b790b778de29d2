import { act, renderHook, waitFor } from '@testing-library/react';
import { IDBFactory } from 'fake-indexeddb';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { forgetPending, pendingFor, targetKey } from '@/components/files/pending-uploads';
import { useUploadQueue } from '@/components/files/use-upload-queue';
import type { AttachmentTarget } from '@/lib/attachments';

/** The uploads' XMLHttpRequest: each send takes the next answer (a status and body, or a dead connection). */
type Answer = { status: number; body: unknown } | 'offline';
const answers: Answer[] = [];
const sent: { url: string; names: string[] }[] = [];
class FakeXhr {
  status = 0;
  responseText = '';
  upload = { onprogress: undefined as unknown };
  onload: (() => void) | undefined;
  onerror: (() => void) | undefined;
  onabort: (() => void) | undefined;
  private url = '';
  open(_method: string, url: string) {
    this.url = url;
  }
  setRequestHeader() {}
  abort() {}
  send(form: FormData) {
    sent.push({ url: this.url, names: form.getAll('files').map((file) => (file as File).name) });
    const answer = answers.shift() ?? 'offline';
    setTimeout(() => {
      if (answer === 'offline') return this.onerror?.();
      this.status = answer.status;
      this.responseText = JSON.stringify(answer.body);
      this.onload?.();
    }, 0);
  }
}

const finding: AttachmentTarget = { kind: 'inspectionResult', inspectionId: 'insp-1', resultId: 'res-1', stage: 'BEFORE' };
const place = targetKey(finding);
const photo = () => new File([new Uint8Array([0xff, 0xd8, 0xff, 1, 2, 3])], 'leak.jpg', { type: 'image/jpeg' });
const stored = { items: [{ id: 'f1' }] };

describe('useUploadQueue keeps photos on the device until the server has them', () => {
  // An IndexedDB for this file only (the test DOM has none; the other files keep running without one).
  beforeAll(() => {
    vi.stubGlobal('indexedDB', new IDBFactory());
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
  });
  afterAll(() => vi.unstubAllGlobals());
  beforeEach(async () => {
    answers.length = 0;
    sent.length = 0;
    for (const left of await pendingFor('')) await forgetPending(left.id);
  });

  it('a photo whose upload failed on a dead connection is sent again when the screen opens after a reload', async () => {
    answers.push('offline');
    const first = renderHook(() => useUploadQueue(() => undefined, place));
    act(() => first.result.current.add([photo()], finding));
    await waitFor(() => expect(first.result.current.items[0]?.status).toBe('error'));
    expect((await pendingFor(place)).map((left) => left.name)).toEqual(['leak.jpg']);
    first.unmount();

    // The page is reloaded: the same screen opens and the photo goes out without being picked again.
    answers.push({ status: 201, body: stored });
    const uploaded = vi.fn();
    const second = renderHook(() => useUploadQueue(uploaded, place));
    await waitFor(() => expect(uploaded).toHaveBeenCalledWith(stored.items));
    expect(sent).toEqual([
      { url: '/api/v1/inspections/insp-1/results/res-1/attachments?stage=BEFORE', names: ['leak.jpg'] },
      { url: '/api/v1/inspections/insp-1/results/res-1/attachments?stage=BEFORE', names: ['leak.jpg'] },
    ]);
    expect(await pendingFor(place)).toEqual([]);
    second.unmount();
  });

  it('a refusal retrying cannot change is not kept; a screen without `keep` keeps nothing', async () => {
    answers.push({ status: 409, body: { type: 'about:blank', title: 'Submitted', status: 409, code: 'INSPECTION_SUBMITTED' } });
    const kept = renderHook(() => useUploadQueue(() => undefined, place));
    act(() => kept.result.current.add([photo()], finding));
    await waitFor(() => expect(kept.result.current.items[0]?.status).toBe('error'));
    expect(await pendingFor(place)).toEqual([]);

    answers.push('offline');
    const plain = renderHook(() => useUploadQueue(() => undefined));
    act(() => plain.result.current.add([photo()], finding));
    await waitFor(() => expect(plain.result.current.items[0]?.status).toBe('error'));
    expect(await pendingFor(place)).toEqual([]);
  });

  it('dismissing a failed photo forgets it', async () => {
    answers.push('offline');
    const queue = renderHook(() => useUploadQueue(() => undefined, place));
    act(() => queue.result.current.add([photo()], finding));
    await waitFor(() => expect(queue.result.current.items[0]?.status).toBe('error'));
    const id = queue.result.current.items[0]!.id;
    act(() => queue.result.current.dismiss(id));
    await waitFor(async () => expect(await pendingFor(place)).toEqual([]));
  });
});
