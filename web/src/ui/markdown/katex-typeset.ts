// KaTeX and its stylesheet are large, so they load only when a text on screen holds maths.
import katex from 'katex';
import 'katex/dist/katex.min.css';
import type { Typeset } from './render-markdown';

export const typeset: Typeset = (tex, displayMode) => katex.renderToString(tex, { displayMode, throwOnError: false, output: 'htmlAndMathml' });
