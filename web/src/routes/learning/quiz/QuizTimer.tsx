// The visible countdown of a timed attempt. It calls onExpire once when time is up; screen readers hear
// only a few milestones, not every second.
import { useEffect, useRef, useState } from 'react';
import { announcementAt, deadlineFrom, formatCountdown, secondsUntil } from './countdown';

export function QuizTimer({ secondsLeft, onExpire }: { secondsLeft: number; onExpire(): void }) {
  const [deadline] = useState(() => deadlineFrom(secondsLeft, Date.now()));
  const [left, setLeft] = useState(secondsLeft);
  const [announcement, setAnnouncement] = useState('');
  const expired = useRef(false);
  const latestExpire = useRef(onExpire);
  latestExpire.current = onExpire;

  useEffect(() => {
    const tick = () => {
      const seconds = secondsUntil(deadline, Date.now());
      setLeft(seconds);
      const said = announcementAt(seconds);
      if (said) setAnnouncement(said);
      if (seconds === 0 && !expired.current) {
        expired.current = true;
        setAnnouncement('Time is up. Submitting your answers.');
        latestExpire.current();
      }
    };
    tick();
    const timer = window.setInterval(tick, 1000);
    return () => window.clearInterval(timer);
  }, [deadline]);

  return (
    <div className={`alert alert--info learning-timer${left <= 60 ? ' learning-timer--low' : ''}`}>
      <span role="timer" aria-label="Time left">
        Time left: {formatCountdown(left)}
      </span>
      <span aria-live="assertive">
        {announcement ? ` ${announcement}` : ''}
      </span>
    </div>
  );
}
