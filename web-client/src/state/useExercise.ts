import { useEffect, useMemo } from 'preact/hooks';
import { ExerciseStore } from './exercise';

/** One live store per mounted exercise view; connects on mount, disconnects on unmount. */
export function useExercise(exerciseId: string): ExerciseStore {
  const store = useMemo(() => new ExerciseStore(exerciseId), [exerciseId]);
  useEffect(() => {
    store.start();
    return () => store.dispose();
  }, [store]);
  return store;
}
