import { signal, type ReadonlySignal } from '@preact/signals';
import { parseTimeSpan } from '../clock';
import type { ExerciseEvent, SectorHistory } from '../types';

export interface SeriesPoint {
  gameMs: number;
  inoperability: number;
}

interface KeptPoint extends SeriesPoint {
  seq: number;
}

/**
 * Each sector's curve in the current run, as the live charts draw it: seeded from the server's sector histories on
 * every (re)connect, with the pushed and caught-up sector events added, one point per sequence number. A reset starts
 * a new run, so points from before it drop out — whichever arrives first, the reset event or a history of the new run.
 */
export class SectorSeries {
  private readonly points = new Map<string, Map<number, KeptPoint>>();
  private runStart = 0;
  private readonly current = signal<ReadonlyMap<string, SeriesPoint[]>>(new Map());

  /** Sector id → its points in game-time order. */
  readonly series: ReadonlySignal<ReadonlyMap<string, SeriesPoint[]>> = this.current;

  /** The histories replace what is held up to their UpToSeq; points pushed after that stay. Histories of an older run are ignored. */
  seed(histories: SectorHistory[]): void {
    for (const history of [...histories].sort((a, b) => a.runStartSeq - b.runStartSeq)) {
      if (history.runStartSeq < this.runStart) continue;
      this.startRun(history.runStartSeq);
      const kept = new Map<number, KeptPoint>();
      for (const p of history.points) kept.set(p.seq, { seq: p.seq, gameMs: parseTimeSpan(p.gameTime), inoperability: p.inoperability });
      for (const p of this.points.get(history.sector)?.values() ?? []) if (p.seq > history.upToSeq) kept.set(p.seq, p);
      this.points.set(history.sector, kept);
    }
    this.publish();
  }

  /** Adds the sector points among these events (and starts a new run at a reset); true when the curves changed. */
  add(events: ExerciseEvent[]): boolean {
    let changed = false;
    for (const e of events) {
      if (e.type === 'exercise-reset') {
        changed = this.startRun(e.seq) || changed;
      } else if ((e.type === 'sector-sampled' || e.type === 'sector-state-changed') && e.sector && typeof e.inoperability === 'number' && e.seq > this.runStart) {
        let kept = this.points.get(e.sector);
        if (!kept) this.points.set(e.sector, (kept = new Map()));
        if (kept.has(e.seq)) continue;
        kept.set(e.seq, { seq: e.seq, gameMs: parseTimeSpan(e.gameTime), inoperability: e.inoperability });
        changed = true;
      }
    }
    if (changed) this.publish();
    return changed;
  }

  /** Moves to the run that began at `resetSeq` if it is newer, dropping the points before it. */
  private startRun(resetSeq: number): boolean {
    if (resetSeq <= this.runStart) return false;
    this.runStart = resetSeq;
    for (const kept of this.points.values()) {
      for (const seq of [...kept.keys()]) if (seq < resetSeq) kept.delete(seq);
    }
    return true;
  }

  private publish(): void {
    const next = new Map<string, SeriesPoint[]>();
    for (const [sector, kept] of this.points) {
      // A sector with no point yet has no curve: the panel then draws its current value.
      if (kept.size === 0) continue;
      const sorted = [...kept.values()].sort((a, b) => a.gameMs - b.gameMs || a.seq - b.seq);
      next.set(sector, sorted.map(({ gameMs, inoperability }) => ({ gameMs, inoperability })));
    }
    this.current.value = next;
  }
}
