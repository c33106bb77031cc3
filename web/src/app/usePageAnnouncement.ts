// After a client-side navigation nothing tells a screen reader the page changed, and the tab title
// would stay the same. So on each new path the main landmark takes focus (its content is read next),
// and the tab title follows the page's heading as it appears (pages often render it after loading).
import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

const SITE = 'ScrollForge';

export function titleFor(heading: string | null | undefined): string {
  const text = heading?.replace(/\s+/g, ' ').trim();
  return text && text !== SITE ? `${text} · ${SITE}` : SITE;
}

export function usePageAnnouncement(mainId: string): void {
  const { pathname } = useLocation();
  const firstPath = useRef(pathname);

  useEffect(() => {
    const main = document.getElementById(mainId);
    if (!main) return undefined;
    // The first page load keeps the browser's own focus; later navigations move it to the page,
    // unless the new page already put it somewhere inside itself (a form's first field, say).
    if (pathname !== firstPath.current) {
      firstPath.current = '';
      if (!main.contains(document.activeElement)) {
        main.focus({ preventScroll: true });
        window.scrollTo(0, 0);
      }
    }
    const follow = () => {
      const title = titleFor(main.querySelector('h1')?.textContent);
      if (document.title !== title) document.title = title;
    };
    follow();
    const observer = new MutationObserver(follow);
    observer.observe(main, { childList: true, subtree: true, characterData: true });
    return () => observer.disconnect();
  }, [mainId, pathname]);
}
