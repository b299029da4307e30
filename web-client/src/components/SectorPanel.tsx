import { useEffect } from 'preact/hooks';
import { gameTimeAt, now, startTicking, storyFrame } from '../clock';
import type { ExerciseStore } from '../state/exercise';
import { SectorChart } from './SectorChart';
import { StateBadge } from './StateBadge';
import { t } from '../i18n';

/** All sectors the viewer may see: a curve and a state badge each. */
export function SectorPanel({ store, title = t('sectors.title') }: { store: ExerciseStore; title?: string }) {
  useEffect(() => startTicking(), []);
  const sectors = store.sectors.value;
  const series = store.series.value;
  const outline = store.outline.value;
  const a = store.clock.value;
  const nowMs = a ? gameTimeAt(a, now.value) : undefined;
  return (
    <section class="panel sectors" aria-label={title}>
      <h2>{title}</h2>
      {sectors.length === 0 && <p class="muted">{t('sectors.none')}</p>}
      <div class="sector-grid">
        {sectors.map((s) => (
          <article class="sector-card" key={s.id}>
            <header class="sector-head">
              <h3>{s.name || store.sectorName(s.id)}</h3>
              <StateBadge state={s.state} testId={`sector-state-${s.id}`} />
              <span class="muted small">{t('sectors.inoperable', { percent: Math.round(s.inoperability * 100) })}</span>
            </header>
            <SectorChart
              sectorId={s.id}
              name={s.name}
              points={series.get(s.id) ?? (a ? [{ gameMs: a.gameMs, inoperability: s.inoperability }] : EMPTY)}
              thresholds={outline?.sectors.find((o) => o.id === s.id)}
              nowMs={nowMs}
              frame={storyFrame(a, outline)}
            />
          </article>
        ))}
      </div>
    </section>
  );
}

const EMPTY: never[] = [];
