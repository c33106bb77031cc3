// Fetches the next page of a paginated list on demand, marking it busy meanwhile (for the button's
// progress and to block a second click) and keeping the failure, so a lost page never escapes the handler.
import { useBusyAction } from './use-busy-action';

export interface LoadMore {
  /** Fetches the page after the given cursor; does nothing without one. */
  loadMore(): Promise<void>;
  loadingMore: boolean;
  /** The last page fetch's failure, cleared when the next one starts. */
  loadMoreError: unknown;
}

/**
 * @param cursor where the next page starts (usually `pageInfo.endCursor`); no fetch while it is missing
 * @param fetchPage fetches and merges the page that starts at `cursor`, e.g. with Apollo's `fetchMore`
 */
export function useLoadMore(cursor: string | null | undefined, fetchPage: (cursor: string) => Promise<unknown>): LoadMore {
  const action = useBusyAction(fetchPage);
  return {
    loadMore: async () => {
      if (cursor) await action.run(cursor);
    },
    loadingMore: action.busy,
    loadMoreError: action.error,
  };
}
