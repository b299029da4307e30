import { batch, computed, signal } from '@preact/signals';
import { anchor, type ClockAnchor } from '../clock';
import { ExerciseHub, hubErrorText } from '../hub';
import { SectorSeries } from './sectorSeries';
import { checkStillSignedIn } from './session';
import type { ExerciseEvent, HubSnapshot, InjectDetail, Outline, SectorView } from '../types';

export type { SeriesPoint } from './sectorSeries';

/**
 * Live state of one exercise as this browser sees it: the Join snapshot, the outline, inject contents and the
 * de-duplicated event log, kept current over the hub connection.
 */
export class ExerciseStore {
  readonly hub: ExerciseHub;
  readonly snapshot = signal<HubSnapshot | null>(null);
  readonly clock = signal<ClockAnchor | null>(null);
  readonly outline = signal<Outline | null>(null);
  readonly injects = signal<InjectDetail[]>([]);
  readonly events = signal<ExerciseEvent[]>([]);
  readonly sectors = signal<SectorView[]>([]);
  readonly loadError = signal<string | null>(null);

  private readonly curves = new SectorSeries();
  private readonly seen = new Set<number>();
  private maxSeq = 0;
  private refreshTimer: ReturnType<typeof setTimeout> | undefined;
  private injectTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(readonly exerciseId: string) {
    this.hub = new ExerciseHub(exerciseId, {
      onConnected: () => this.sync(),
      onEvents: (events) => this.apply(events),
      onLost: () => void checkStillSignedIn(),
    });
  }

  start(): void {
    this.hub.start();
  }

  dispose(): void {
    clearTimeout(this.refreshTimer);
    clearTimeout(this.injectTimer);
    this.hub.dispose();
  }

  readonly status = computed(() => this.hub.status.value);
  readonly lifecycle = computed(() => this.snapshot.value?.lifecycle ?? 'unknown');

  /** Team id → display name, from the outline. */
  readonly teamNames = computed(() => {
    const names = new Map<string, string>();
    for (const t of this.outline.value?.teams ?? []) names.set(t.id, t.name);
    // Roles read as "Team — Role"; a participant is sent only its own team's.
    for (const r of this.outline.value?.roles ?? []) names.set(r.id, r.name);
    return names;
  });

  teamName(id: string | null | undefined): string {
    if (!id) return '';
    if (id === 'control') return 'Control';
    if (id === 'all') return 'All teams';
    if (id === 'observers') return 'Observers';
    return this.teamNames.value.get(id) ?? id;
  }

  sectorName(id: string | null | undefined): string {
    if (!id) return '';
    return (
      this.outline.value?.sectors.find((s) => s.id === id)?.name ?? this.sectors.value.find((s) => s.id === id)?.name ?? id
    );
  }

  /**
   * Inoperability over game time per sector in the current run: the sector histories the server keeps, read on every
   * (re)connect, plus the sampled and state-changed events pushed since.
   */
  readonly series = this.curves.series;

  /** Connect-time synchronisation: Join, outline, injects, the sector histories, then everything after the last event we hold. */
  private async sync(): Promise<void> {
    const snapshot = await this.hub.join();
    this.applySnapshot(snapshot);
    if (snapshot.role === 'control') await this.hub.refreshPresence();
    const [outline, injects, histories, missed] = await Promise.all([
      this.outline.value ? Promise.resolve(this.outline.value) : this.hub.outline(),
      this.hub.injects(),
      this.hub.sectorHistories(),
      this.hub.catchUp(this.maxSeq),
    ]);
    batch(() => {
      this.outline.value = outline;
      this.injects.value = injects;
      this.loadError.value = null;
      this.curves.seed(histories);
    });
    this.apply(missed);
  }

  private applySnapshot(snapshot: HubSnapshot): void {
    batch(() => {
      this.snapshot.value = snapshot;
      this.clock.value = anchor(snapshot.clock);
      this.sectors.value = snapshot.sectors;
    });
  }

  /** Adds events not seen before (by seq), in order, and schedules the refreshes they call for. */
  apply(incoming: ExerciseEvent[]): void {
    const fresh = incoming.filter((e) => typeof e.seq === 'number' && !this.seen.has(e.seq));
    if (fresh.length === 0) return;
    let refreshClock = false;
    let refreshInjects = false;
    for (const e of fresh) {
      this.seen.add(e.seq);
      this.maxSeq = Math.max(this.maxSeq, e.seq);
      if (e.type.startsWith('exercise-') || e.type.startsWith('clock-')) refreshClock = true;
      if (e.type.startsWith('inject-') || e.type === 'ad-hoc-inject-created' || e.type === 'decision-taken' || e.type.startsWith('joint-')) refreshInjects = true;
    }
    const merged = [...this.events.value, ...fresh];
    merged.sort((a, b) => a.seq - b.seq);
    batch(() => {
      this.events.value = merged;
      this.curves.add(fresh);
      this.sectors.value = this.sectors.value.map((s) => {
        let next = s;
        for (const e of fresh) {
          if (!('sector' in e) || e.sector !== s.id) continue;
          if (e.type === 'sector-state-changed' && typeof e.to === 'string') next = { ...next, state: e.to, inoperability: e.inoperability ?? next.inoperability };
          if (e.type === 'sector-sampled') next = { ...next, inoperability: e.inoperability ?? next.inoperability, perturbation: e.perturbation ?? next.perturbation };
        }
        return next;
      });
    });
    if (refreshClock) this.scheduleRefresh();
    if (refreshInjects) this.scheduleInjects();
  }

  /** Re-reads the snapshot (clock, lifecycle, sectors) shortly after lifecycle or clock events. */
  private scheduleRefresh(): void {
    clearTimeout(this.refreshTimer);
    this.refreshTimer = setTimeout(() => {
      this.hub
        .join()
        .then((s) => this.applySnapshot(s))
        .catch((e) => (this.loadError.value = hubErrorText(e)));
    }, 150);
  }

  private scheduleInjects(): void {
    clearTimeout(this.injectTimer);
    this.injectTimer = setTimeout(() => {
      this.hub
        .injects()
        .then((list) => (this.injects.value = list))
        .catch((e) => (this.loadError.value = hubErrorText(e)));
    }, 200);
  }

  /** Refresh the Join snapshot now (after control commands that change inject acknowledgements etc.). */
  refreshNow(): void {
    this.scheduleRefresh();
    this.scheduleInjects();
  }
}
