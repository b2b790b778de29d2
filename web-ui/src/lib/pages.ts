/**
 * Every page of a cursor-paginated list, read one after the other (`limit` 200, the API's maximum), for the screens
 * that show a whole list (a unit's residents, a key's ledger, a work order's timeline, the cabinets of a project).
 */
export async function allPages<T>(
  fetchPage: (cursor: string | undefined) => Promise<{ items: T[]; nextCursor?: string }>,
  maxPages = 100,
): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < maxPages; page++) {
    const answer = await fetchPage(cursor);
    items.push(...answer.items);
    if (!answer.nextCursor) {
      return items;
    }
    cursor = answer.nextCursor;
  }
  return items;
}

/** The page size the whole-list screens ask for. */
export const WHOLE_LIST_PAGE = 200;
