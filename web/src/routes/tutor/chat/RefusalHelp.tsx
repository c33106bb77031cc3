// The kind word shown under a question the tutor would not answer; for thoughts of self-harm, where to
// find a person to talk to now.
import { refusalNoteFor } from './refusal-note';

export function RefusalHelp({ question }: { question: { flagged: boolean; flagReason?: string | null } }) {
  const note = refusalNoteFor(question);
  if (!note) return null;
  if (note.kind === 'support') {
    return (
      <aside className="tutor-support" aria-label="Help is available">
        <p>
          <strong>You are not alone.</strong> Please talk to someone you trust today. If you are in danger, call your local emergency
          number now.
        </p>
        <ul>
          <li>In the US, call or text 988 (Suicide &amp; Crisis Lifeline).</li>
          <li>
            Elsewhere, <a href="https://findahelpline.com" target="_blank" rel="noreferrer">findahelpline.com</a> lists free, confidential
            lines near you.
          </li>
        </ul>
      </aside>
    );
  }
  return <p className="muted">The tutor could not help with this question. That is no fault of yours; try asking about your course material.</p>;
}
