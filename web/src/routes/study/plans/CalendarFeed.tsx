// The plan's calendar subscription URL (the gateway serves it as iCalendar), with a copy button and a
// way to replace it when it has been shared too widely: the old URL stops working at once.
import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { TextField } from '../../../ui/TextField';
import { messageOf } from '../../../ui/error-message';

const RotateTokenMutation = graphql(`
  mutation StudyRotateCalendarToken($planId: ID!) {
    rotateStudyPlanCalendarToken(planId: $planId) {
      id
      calendarUrl
    }
  }
`);

/** The feed's full address: calendarUrl is a path on the API host, which serves this app too. */
export const feedAddress = (calendarUrl: string, origin = window.location.origin): string => new URL(calendarUrl, origin).toString();

export function CalendarFeed({ planId, calendarUrl }: { planId: string; calendarUrl: string }) {
  const address = feedAddress(calendarUrl);
  const [notice, setNotice] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [rotate, rotating] = useMutation(RotateTokenMutation);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(address);
      setNotice({ tone: 'success', text: 'The calendar URL is copied. Paste it into your calendar app’s “subscribe by URL”.' });
    } catch {
      setNotice({ tone: 'error', text: 'Your browser did not allow copying. Select the URL and copy it yourself.' });
    }
  };

  const replace = async () => {
    setNotice(null);
    try {
      await rotate({ variables: { planId } });
      setConfirming(false);
      setNotice({ tone: 'success', text: 'The calendar has a new URL. The old one no longer works: subscribe again with this one.' });
    } catch (caught) {
      setNotice({ tone: 'error', text: messageOf(caught) });
    }
  };

  return (
    <section className="card" aria-labelledby="calendar-feed-heading">
      <h2 id="calendar-feed-heading">Add to your calendar</h2>
      <p>Subscribe to this URL in Google Calendar, Apple Calendar or Outlook to see your sessions there. Anyone with the URL can read the plan.</p>
      <div className="study-url">
        <TextField label="Calendar subscription URL" readOnly value={address} onFocus={(event) => event.target.select()} />
        <Button variant="secondary" onClick={() => void copy()}>
          Copy URL
        </Button>
      </div>
      {notice && <Alert tone={notice.tone}>{notice.text}</Alert>}
      <div className="actions">
        {confirming ? (
          <>
            <span>Replace the URL? Calendars subscribed to the old one stop updating.</span>
            <Button variant="danger" busy={rotating.loading} onClick={() => void replace()}>
              Yes, replace it
            </Button>
            <Button variant="secondary" disabled={rotating.loading} onClick={() => setConfirming(false)}>
              Keep it
            </Button>
          </>
        ) : (
          <Button variant="secondary" onClick={() => setConfirming(true)}>
            Replace the URL
          </Button>
        )}
      </div>
    </section>
  );
}
