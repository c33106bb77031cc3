// The page at / until the web app is built. Its one inline style is allowed by hash, not by
// 'unsafe-inline', so the page's CSP stays strict.
import { createHash } from 'node:crypto';

const STYLE =
  'body{font-family:system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;color:#1d1d1f;line-height:1.5}' +
  'code{background:#f2f2f5;padding:0.1rem 0.3rem;border-radius:4px}';

export const PLACEHOLDER_HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>ScrollForge</title>
<style>${STYLE}</style>
</head>
<body>
<h1>ScrollForge</h1>
<p>The web app arrives soon. GraphQL is served at <code>/graphql</code>; health at <code>/health</code>.</p>
</body>
</html>
`;

export const PLACEHOLDER_CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  `style-src 'sha256-${createHash('sha256').update(STYLE).digest('base64')}'`,
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
