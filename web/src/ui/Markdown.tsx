// Markdown as sanitised HTML (see markdown/render-markdown.ts). With `maths`, formulas are typeset once
// KaTeX has loaded, which happens the first time such a text appears; until then they read as text.
import { useEffect, useMemo, useState } from 'react';
import { mayHoldMaths, renderMarkdown, type Typeset } from './markdown/render-markdown';

let typesetter: Promise<Typeset> | undefined;
const loadTypesetter = (): Promise<Typeset> => (typesetter ??= import('./markdown/katex-typeset').then((module) => module.typeset));

export function Markdown({ source, className, breaks = false, maths = false }: { source: string; className?: string; breaks?: boolean; maths?: boolean }) {
  const [typeset, setTypeset] = useState<Typeset | undefined>(undefined);
  const wantsMaths = maths && !typeset && mayHoldMaths(source);

  useEffect(() => {
    if (!wantsMaths) return undefined;
    let current = true;
    loadTypesetter()
      .then((loaded) => current && setTypeset(() => loaded))
      .catch(() => undefined); // Without KaTeX the maths stays readable as text.
    return () => {
      current = false;
    };
  }, [wantsMaths]);

  const html = useMemo(() => renderMarkdown(source, { breaks, typeset: maths ? typeset : undefined }), [source, breaks, maths, typeset]);
  return <div className={className} dangerouslySetInnerHTML={{ __html: html }} />;
}
