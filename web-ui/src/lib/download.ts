/** The language of a report file: English for an English UI, else Chinese. */
export type ReportLanguage = 'zh-CN' | 'en';

export function reportLanguageOf(uiLanguage: string | undefined): ReportLanguage {
  return uiLanguage?.startsWith('en') ? 'en' : 'zh-CN';
}

/** A report file fetched as a blob (a plain link would not carry the bearer token). */
export type ReportFile = { blob: Blob; fileName: string };

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

/** The file name of a Content-Disposition header: `filename*=UTF-8''…` (Chinese titles) before `filename="…"`. */
export function fileNameOf(disposition: string | null): string | undefined {
  if (!disposition) return undefined;
  const extended = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(disposition)?.[1];
  if (extended) {
    try {
      return decodeURIComponent(extended.trim());
    } catch {
      // A malformed encoding: fall back to the plain name.
    }
  }
  return /filename\s*=\s*"?([^";]+)"?/.exec(disposition)?.[1]?.trim();
}

export type ExportFormat = 'csv' | 'xlsx';

/** A file fetched from the API, ready for {@link downloadBlob}. */
export type ExportedFile = { blob: Blob; fileName: string };

/** The blob of a download (`parseAs: 'blob'`) with the name its Content-Disposition gives, else `fallback`. */
export function exportedFile({ data, response }: { data: Blob; response: Response }, fallback: string): ExportedFile {
  return { blob: data, fileName: fileNameOf(response.headers.get('Content-Disposition')) ?? fallback };
}
