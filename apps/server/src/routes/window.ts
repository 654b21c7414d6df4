// Offset paging for the corpus facets, done as the CLI does it: the store's top-N queries take a
// limit only, so a page is the top (offset + limit) rows with the first offset rows dropped.

/** The store limit that covers the page, and the page cut from what the store returned. */
export function windowed(query: { limit?: number | undefined; offset?: number | undefined }, defaultLimit: number) {
  const offset = query.offset ?? 0;
  const limit = query.limit ?? defaultLimit;
  return { limit: offset + limit, page: <T>(rows: T[]): T[] => rows.slice(offset, offset + limit) };
}
