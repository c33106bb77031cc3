// A route whose page loads its own JavaScript chunk on first visit, so the first page downloads only what
// it shows. Pages for signed-in people are wrapped in RequireSession here, once, for every area.
import type { ComponentType } from 'react';
import type { RouteObject } from 'react-router';
import { RequireSession } from './RequireSession';

export interface LazyPageOptions {
  /** Only signed-in people: anyone else is sent to sign in and brought back. */
  session?: boolean;
}

export function lazyPage(path: string, load: () => Promise<ComponentType>, options: LazyPageOptions = {}): RouteObject {
  return {
    path,
    lazy: async () => {
      const Page = await load();
      return {
        element: options.session ? (
          <RequireSession>
            <Page />
          </RequireSession>
        ) : (
          <Page />
        ),
      };
    },
  };
}
