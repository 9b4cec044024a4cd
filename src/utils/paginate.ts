/**
 * Listing pages in pages of a fixed size, so no page grows with the corpus (issue 15): the first at
 * the listing's own address (`/claims/`), the others at `…/page/<n>/` (`/claims/page/2/`). The
 * numbers are stable for a given corpus; a new claim shifts rows between pages, never an address away.
 */

/** Rows on one listing page. */
export const PAGE_SIZE = 100;

/** How many pages `total` rows fill: at least one, so an empty listing still has its page. @example pageCount(201) // 3 */
export function pageCount(total: number, size = PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / size));
}

/** The rows of page `page` (1-based). @example pageRows(['a', 'b', 'c'], 2, 2) // ['c'] */
export function pageRows<T>(rows: readonly T[], page: number, size = PAGE_SIZE): T[] {
  return rows.slice((page - 1) * size, page * size);
}

/**
 * The page numbers a pager shows: the first, the last, and two either side of the current one; null
 * where numbers are left out (an ellipsis).
 *
 * @example pageLinks(6, 12) // [1, null, 4, 5, 6, 7, 8, null, 12]
 * @example pageLinks(2, 4) // [1, 2, 3, 4]
 */
export function pageLinks(current: number, count: number): (number | null)[] {
  const out: (number | null)[] = [];
  for (let n = 1; n <= count; n++) {
    if (n === 1 || n === count || Math.abs(n - current) <= 2) out.push(n);
    else if (out.at(-1) !== null) out.push(null);
  }
  return out;
}

/**
 * Static paths for pages 2 and up of a listing (page 1 is the listing's own address), each with its
 * page number as a prop.
 *
 * @example laterPages(250) // [{ params: { page: '2' }, props: { page: 2 } }, { params: { page: '3' }, props: { page: 3 } }]
 */
export function laterPages(total: number, size = PAGE_SIZE): { params: { page: string }; props: { page: number } }[] {
  return Array.from({ length: pageCount(total, size) - 1 }, (_, k) => ({
    params: { page: String(k + 2) },
    props: { page: k + 2 },
  }));
}
