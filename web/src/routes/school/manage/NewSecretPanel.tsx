// The secret of a key just created or rotated, shown this once: only its hash is kept, so the admin
// copies it now or makes a new key later. The panel takes focus so nobody misses it.
import { useEffect, useRef, useState } from 'react';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { TextField } from '../../../ui/TextField';
import { copyText } from '../shared/copy-text';

export interface RevealedSecret {
  /** The key's name, to say which key the secret opens. */
  name: string;
  prefix: string;
  secret: string;
  how: 'created' | 'rotated';
}

export function NewSecretPanel({ revealed, onDismiss }: { revealed: RevealedSecret; onDismiss(): void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const [notice, setNotice] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);

  useEffect(() => {
    heading.current?.focus();
    setNotice(null);
  }, [revealed.secret]);

  const copy = async () => {
    setNotice(
      (await copyText(revealed.secret))
        ? { tone: 'success', text: 'The key is copied. Paste it into your app’s settings or a password manager now.' }
        : { tone: 'error', text: 'Your browser did not allow copying. Select the key and copy it yourself.' },
    );
  };

  return (
    <div className="card school-secret" role="region" aria-labelledby="new-secret-heading">
      <h3 id="new-secret-heading" ref={heading} tabIndex={-1}>
        {revealed.how === 'created' ? `Key “${revealed.name}” is ready` : `Key “${revealed.name}” has a new secret`}
      </h3>
      <Alert tone="info">
        <strong>This key will not be shown again.</strong> ScrollForge keeps only a fingerprint of it, so nobody (not even us) can show it to you later. Copy it now and
        store it somewhere safe; if it is lost, rotate the key to get a new one.
      </Alert>
      <div className="school-copy">
        <TextField label="API key" readOnly value={revealed.secret} spellCheck={false} onFocus={(event) => event.target.select()} />
        <Button type="button" variant="secondary" onClick={() => void copy()}>
          Copy the key
        </Button>
      </div>
      {notice && <Alert tone={notice.tone}>{notice.text}</Alert>}
      <div className="actions">
        <Button type="button" onClick={onDismiss}>
          I have stored the key
        </Button>
      </div>
    </div>
  );
}
