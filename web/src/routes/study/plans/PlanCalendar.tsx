// A plan's sessions on a calendar: a month grid on wide screens (previous and next month by button), and
// the same sessions as a dated list on phones. Choosing a session shows its topics below.
import { useState } from 'react';
import { SESSION_STATUS_WORDS } from './plan-words';
import { dayKeyInZone, monthIndex, monthOfKey, monthWeeks, sessionsByDay, shiftMonth, WEEKDAYS, type CalendarMonth } from './month-grid';
import { Button } from '../../../ui/Button';
import type { StudySessionStatus } from '../../../gql/graphql';

export interface CalendarSession {
  id: string;
  startsAt: string;
  endsAt: string;
  status: StudySessionStatus;
  topics: readonly { title: string }[];
}

interface PlanCalendarProps {
  sessions: readonly CalendarSession[];
  timeZone: string;
  selectedId: string | null;
  onSelect: (sessionId: string) => void;
}

function firstMonth(sessions: readonly CalendarSession[], timeZone: string): CalendarMonth {
  const upcoming = sessions.find((session) => session.status === 'planned') ?? sessions[0];
  return monthOfKey(dayKeyInZone(upcoming?.startsAt ?? new Date().toISOString(), timeZone));
}

export function PlanCalendar({ sessions, timeZone, selectedId, onSelect }: PlanCalendarProps) {
  const [month, setMonth] = useState<CalendarMonth>(() => firstMonth(sessions, timeZone));
  const byDay = sessionsByDay(sessions, timeZone);
  const time = new Intl.DateTimeFormat(undefined, { timeZone, hour: '2-digit', minute: '2-digit' });
  const longDay = new Intl.DateTimeFormat(undefined, { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
  const monthTitle = new Intl.DateTimeFormat(undefined, { timeZone: 'UTC', month: 'long', year: 'numeric' }).format(new Date(Date.UTC(month.year, month.month, 1)));
  const first = sessions[0] ? monthOfKey(dayKeyInZone(sessions[0].startsAt, timeZone)) : month;
  const last = sessions.at(-1) ? monthOfKey(dayKeyInZone(sessions.at(-1)!.startsAt, timeZone)) : month;
  const label = (session: CalendarSession) => `${time.format(new Date(session.startsAt))}–${time.format(new Date(session.endsAt))}`;

  const sessionButton = (session: CalendarSession) => (
    <button
      key={session.id}
      type="button"
      className={`plan-month__session plan-month__session--${session.status}`}
      aria-pressed={selectedId === session.id}
      onClick={() => onSelect(session.id)}
    >
      {label(session)} · {SESSION_STATUS_WORDS[session.status]}
      <br />
      {session.topics.map((topic) => topic.title).join(', ')}
    </button>
  );

  return (
    <section aria-labelledby="plan-calendar-heading">
      <h2 id="plan-calendar-heading">Calendar</h2>
      <p className="muted">Times are in {timeZone}.</p>
      <div className="plan-month-wrap">
        <div className="plan-calendar__nav">
          <Button variant="secondary" onClick={() => setMonth(shiftMonth(month, -1))} disabled={monthIndex(month) <= monthIndex(first)}>
            ← Previous month
          </Button>
          <h3 aria-live="polite">{monthTitle}</h3>
          <Button variant="secondary" onClick={() => setMonth(shiftMonth(month, 1))} disabled={monthIndex(month) >= monthIndex(last)}>
            Next month →
          </Button>
        </div>
        <table className="plan-month" aria-label={`Study sessions in ${monthTitle}`}>
          <thead>
            <tr>
              {WEEKDAYS.map((weekday) => (
                <th key={weekday.short} scope="col">
                  <abbr title={weekday.long}>{weekday.short}</abbr>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {monthWeeks(month).map((week) => (
              <tr key={week[0]!.key}>
                {week.map((day) => (
                  <td key={day.key} className={day.inMonth ? undefined : 'plan-month__outside'}>
                    <span className="plan-month__day">{day.dayOfMonth}</span>
                    {day.inMonth && (byDay.get(day.key) ?? []).map(sessionButton)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ol className="plan-agenda study-list" aria-label="Study sessions by day">
        {[...byDay.entries()].map(([key, daySessions]) => (
          <li key={key}>
            <h3>{longDay.format(new Date(`${key}T12:00:00Z`))}</h3>
            {daySessions.map(sessionButton)}
          </li>
        ))}
      </ol>
    </section>
  );
}
