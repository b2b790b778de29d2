export { downloadBlob } from '@/lib/download';

/** A file name from a title: without characters that file systems refuse. */
export function safeFileName(title: string): string {
  const safe = Array.from(title, (character) => (character < ' ' || '\\/:*?"<>|'.includes(character) ? '_' : character)).join('');
  return safe.trim() || 'survey';
}
