import type { KeyStocktake } from '@/features/keys/api/get-key-stocktake';
import type { KeyStocktakeScanResult } from '@/features/keys/api/scan-key-stocktake';

/**
 * The stock-take after one more scan, without asking the server again: the scan goes on top, a key
 * found (in its slot or not) leaves the not-yet-scanned list, and the tally is the answer's — unless
 * an answer to a later scan already arrived (answers can overtake each other when scanning fast).
 */
export function applyScan(stocktake: KeyStocktake, result: KeyStocktakeScanResult): KeyStocktake {
  const { scan, tally } = result;
  if (stocktake.scans.some((existing) => existing.id === scan.id)) return stocktake;
  const found = (scan.result === 'FOUND' || scan.result === 'WRONG_SLOT') && scan.keyId !== undefined;
  return {
    ...stocktake,
    tally: tally.scans >= stocktake.tally.scans ? tally : stocktake.tally,
    scans: [scan, ...stocktake.scans],
    missing: found ? stocktake.missing.filter((line) => line.keyId !== scan.keyId) : stocktake.missing,
  };
}
