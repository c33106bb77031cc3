// The public verification link of a certificate, to open, copy or share (where the device can share).
import { useState } from 'react';
import { Link } from 'react-router';
import { Button } from '../../../ui/Button';

export function ShareVerificationLink({ path }: { path: string }) {
  const url = `${window.location.origin}${path}`;
  const [copied, setCopied] = useState<string>('');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopied('Link copied.');
    } catch {
      setCopied('Copying is not allowed here: select the link and copy it.');
    }
  };
  return (
    <section className="card" aria-labelledby="certificate-share">
      <h2 id="certificate-share">Share and verify</h2>
      <p>Anyone with this link can check that the certificate is genuine, without signing in.</p>
      <div className="learning-share">
        <label htmlFor="verification-link" className="muted">
          Verification link
        </label>
        <input id="verification-link" readOnly value={url} onFocus={(event) => event.currentTarget.select()} />
        <Button type="button" variant="secondary" onClick={() => void copy()}>
          Copy link
        </Button>
        {'share' in navigator ? (
          <Button type="button" variant="secondary" onClick={() => void navigator.share({ title: 'My ScrollForge certificate', url }).catch(() => undefined)}>
            Share…
          </Button>
        ) : null}
      </div>
      <p role="status">{copied}</p>
      <p>
        <Link to={path}>Open the verification page</Link>
      </p>
    </section>
  );
}
