// Saves the playback position of one lecture with recordLectureProgress: every SAVE_EVERY_SECONDS of
// playback, on pause, at the end (as completed) and when the player is left. Saves never overlap; the
// latest position wins.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';
import { dueForSave } from './progress-rules';

export const RecordLectureProgressMutation = graphql(`
  mutation RecordLectureProgress($lectureId: ID!, $positionSeconds: Int!, $completed: Boolean) {
    recordLectureProgress(lectureId: $lectureId, positionSeconds: $positionSeconds, completed: $completed) {
      positionSeconds
      completed
      completedAt
      lecture {
        id
      }
      enrollment {
        id
        status
        progress {
          percent
          completedItems
          totalItems
        }
        lectureProgress {
          lecture {
            id
          }
          positionSeconds
          completed
        }
        certificate {
          id
          code
        }
      }
    }
  }
`);

export interface LectureProgressSaver {
  /** Saves now (unless this exact position was the last saved). */
  save(positionSeconds: number, completed?: boolean): Promise<void>;
  /** Saves when far enough from the last save; call on every time update while playing. */
  saveIfDue(positionSeconds: number): void;
  saving: boolean;
  error: unknown;
  lastSavedSeconds: number | null;
}

export function useLectureProgress(lectureId: string): LectureProgressSaver {
  const [record] = useMutation(RecordLectureProgressMutation);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [lastSavedSeconds, setLastSaved] = useState<number | null>(null);
  const lastSaved = useRef<number | null>(null);
  const inFlight = useRef<Promise<void> | null>(null);
  const latestPosition = useRef<number | null>(null);

  const save = useCallback(
    async (positionSeconds: number, completed = false) => {
      const position = Math.floor(positionSeconds);
      latestPosition.current = position;
      if (!completed && lastSaved.current === position) return;
      if (inFlight.current) await inFlight.current;
      const run = (async () => {
        setSaving(true);
        try {
          await record({ variables: { lectureId, positionSeconds: position, completed } });
          lastSaved.current = position;
          setLastSaved(position);
          setError(null);
        } catch (caught) {
          setError(caught);
        } finally {
          setSaving(false);
        }
      })();
      inFlight.current = run;
      await run;
      inFlight.current = null;
    },
    [lectureId, record],
  );

  const saveIfDue = useCallback(
    (positionSeconds: number) => {
      latestPosition.current = Math.floor(positionSeconds);
      if (!inFlight.current && dueForSave(positionSeconds, lastSaved.current)) void save(positionSeconds);
    },
    [save],
  );

  // Leaving the lecture (another route or another lecture) keeps where the student stopped.
  useEffect(() => {
    lastSaved.current = null;
    return () => {
      const position = latestPosition.current;
      if (position !== null && position !== lastSaved.current) void record({ variables: { lectureId, positionSeconds: position, completed: false } }).catch(() => undefined);
      latestPosition.current = null;
    };
  }, [lectureId, record]);

  return { save, saveIfDue, saving, error, lastSavedSeconds };
}
