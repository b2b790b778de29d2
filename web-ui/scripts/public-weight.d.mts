export const PUBLIC_ENTRY: string;
export type FileWeight = { file: string; raw: number; gzip: number; brotli: number };
export type PublicWeight = { files: FileWeight[]; raw: number; gzip: number; brotli: number; notLoaded: number };
export function publicWeight(dist: string): PublicWeight;
export function formatWeight(weight: PublicWeight): string;
