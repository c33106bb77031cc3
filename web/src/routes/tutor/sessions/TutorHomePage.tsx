// /tutor: start a conversation with an AI tutor, see this month's question allowance, and reopen my
// earlier conversations.
import { QuotaIndicator } from '../quota/QuotaIndicator';
import { SessionList } from './SessionList';
import { StartSessionForm } from './StartSessionForm';
import '../tutor.css';

export function TutorHomePage() {
  return (
    <>
      <h1>AI tutor</h1>
      <p>Ask questions about your studies; the tutor explains and guides you to the answer.</p>
      <div className="tutor-home">
        <StartSessionForm />
        <div className="card">
          <QuotaIndicator />
        </div>
      </div>
      <SessionList />
    </>
  );
}
