/** Hands a file made or fetched in the browser to the user to save. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.rel = 'noopener';
  document.body.appendChild(anchor);
  anchor.click();
  anchor.remove();
  // Give the browser time to start the download before the URL goes.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file name from a title: without characters that file systems refuse. */
export function safeFileName(title: string): string {
  const safe = Array.from(title, (character) => (character < ' ' || '\\/:*?"<>|'.includes(character) ? '_' : character)).join('');
  return safe.trim() || 'survey';
}
