// The button under a paginated list that fetches its next page; one look and busy behaviour for every list.
import type { ReactNode } from 'react';
import { Button } from './Button';

interface LoadMoreButtonProps {
  /** Fetches the next page; see `useLoadMore`. */
  onLoadMore(): Promise<unknown>;
  /** True while the page is on its way. */
  loading: boolean;
  /** The button's words, which are also its accessible name. */
  children: ReactNode;
  /** Words shown while loading; the button keeps its usual words when absent. @default undefined */
  loadingLabel?: string;
}

export function LoadMoreButton({ onLoadMore, loading, children, loadingLabel }: LoadMoreButtonProps) {
  return (
    <div className="actions">
      <Button type="button" variant="secondary" busy={loading} onClick={() => void onLoadMore()}>
        {loading && loadingLabel ? loadingLabel : children}
      </Button>
    </div>
  );
}
