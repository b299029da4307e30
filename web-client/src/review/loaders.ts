import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiError, errorText, getJson } from '../api';
import type { ExerciseReview, ExerciseSnapshot } from './reviewTypes';

/**
 * The review of one exercise, read from the server: at once, then again ~500 ms after the hub reports an event the
 * review does not cover yet. A pending read is not pushed back by further events, so a running exercise's review
 * keeps moving; a slow answer that arrives after a newer one is dropped; once the server refuses (403, 404), new
 * events will not change that, so it stops asking.
 */
export function useReview(exerciseId: string, lastSeq: number): { review: ExerciseReview | null; error: string | null } {
  const [review, setReview] = useState<ExerciseReview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [refused, setRefused] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const requested = useRef(0);
  const applied = useRef(0);

  const stale = !refused && (review === null || lastSeq > review.lastSeq);
  useEffect(() => {
    if (!stale || timer.current !== undefined) return;
    timer.current = setTimeout(
      () => {
        timer.current = undefined;
        const ticket = ++requested.current;
        getJson<ExerciseReview>(`/api/exercises/${encodeURIComponent(exerciseId)}/review`)
          .then((r) => {
            if (ticket < applied.current) return;
            applied.current = ticket;
            setReview(r);
            setError(null);
          })
          .catch((e) => {
            if (ticket < applied.current) return;
            setError(errorText(e));
            if (e instanceof ApiError && (e.status === 403 || e.status === 404)) setRefused(true);
          });
      },
      review ? 500 : 0,
    );
  }, [exerciseId, stale, lastSeq]);
  useEffect(() => () => clearTimeout(timer.current), []);

  return { review, error };
}

/**
 * The exercise as it was just after event <c>seq</c>, rebuilt by the server; asked 150 ms after the last move of the
 * slider, and only the answer to the latest request counts.
 */
export function useReplaySnapshot(
  exerciseId: string,
  seq: number,
  onSnapshot: (snapshot: ExerciseSnapshot) => void,
): { snapshot: ExerciseSnapshot | null; loading: boolean; error: string | null } {
  const [snapshot, setSnapshot] = useState<ExerciseSnapshot | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const requested = useRef(0);

  useEffect(() => {
    setLoading(true);
    const timer = setTimeout(() => {
      const ticket = ++requested.current;
      getJson<ExerciseSnapshot>(`/api/exercises/${encodeURIComponent(exerciseId)}/replay?seq=${seq}`)
        .then((s) => {
          if (ticket !== requested.current) return;
          setSnapshot(s);
          setError(null);
          onSnapshot(s);
        })
        .catch((e) => {
          if (ticket === requested.current) setError(errorText(e));
        })
        .finally(() => {
          if (ticket === requested.current) setLoading(false);
        });
    }, 150);
    return () => clearTimeout(timer);
  }, [seq, exerciseId]);

  return { snapshot, loading, error };
}
