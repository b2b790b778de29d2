import imageCompression from 'browser-image-compression';

/** Photos are sent at most this large: enough to read a meter or a crack, small enough for 4G. */
const OPTIONS = { maxSizeMB: 1.5, maxWidthOrHeight: 2560, useWebWorker: true, initialQuality: 0.82 } as const;

/**
 * Shrinks a JPEG, PNG or WebP photo in the browser before it is sent (browser-image-compression, in a worker).
 * PDFs, HEIC (which most browsers cannot decode) and images already small enough go as they are; so does
 * anything the library fails on — the server checks every file anyway.
 */
export async function compressForUpload(file: File, onProgress?: (percent: number) => void): Promise<Blob> {
  if (!/^image\/(jpeg|png|webp)$/.test(file.type) || file.size <= OPTIONS.maxSizeMB * 1024 * 1024 * 0.6) return file;
  try {
    const compressed = await imageCompression(file, { ...OPTIONS, onProgress });
    return compressed.size < file.size ? compressed : file;
  } catch {
    return file;
  }
}
