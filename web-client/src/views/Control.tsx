import { useEffect, useState } from 'preact/hooks';
import { api, mselUrl } from '../api';
import { AdHocComposer } from '../components/AdHocComposer';
import { ApiTokenPanel } from '../components/ApiTokenPanel';
import { ClockControls } from '../components/ClockControls';
import { ConsoleTabs } from '../components/ConsoleTabs';
import { ObservationLog } from '../components/Evaluation';
import { ExerciseHeader } from '../components/ExerciseHeader';
import { LiveFeed } from '../components/LiveFeed';
import { MessageComposer } from '../components/MessageComposer';
import { MselTable } from '../components/MselTable';
import { OnDemandDeck } from '../components/OnDemandDeck';
import { SectorPanel } from '../components/SectorPanel';
import { SectorStrip } from '../components/SectorStrip';
import { TeamActivity } from '../components/TeamActivity';
import { useExercise } from '../state/useExercise';
import { CodesPanel } from './CodesPanel';
import { FlowPanel } from '../components/FlowPanel';
import { IncidentMapPanel } from '../components/IncidentMapPanel';
import { TeamBoard } from '../components/TeamBoard';

/**
 * The facilitator console, laid out for one screen (designed at 1440×900, usable at 1280×720): the clock and
 * lifecycle controls and a strip of every sector on top, the MSEL filling the left and scrolling on its own, the
 * live feed and the other tools (in tabs) on the right. Below ~1000 px wide it falls back to one column.
 */
export function Control({ exerciseId }: { exerciseId: string }) {
  const store = useExercise(exerciseId);
  const [name, setName] = useState<string | null>(null);
  const [scenarioId, setScenarioId] = useState<string | null>(null);
  const [tab, setTab] = useState('deck');
  useEffect(() => {
    api
      .exercise(exerciseId)
      .then((x) => {
        setName(x.name);
        setScenarioId(x.scenarioId);
      })
      .catch(() => setName(null));
  }, [exerciseId]);

  const teams = store.outline.value?.teams ?? [];

  return (
    <div class="page control console">
      <ExerciseHeader store={store} subtitle={`Facilitator console${name ? ` · ${name}` : ''}`}>
        <a href="#/" class="secondary-link">
          All exercises
        </a>
        <a href={`#/review/${encodeURIComponent(exerciseId)}`} class="secondary-link" data-testid="open-review">
          After-action review
        </a>
        {scenarioId && (
          <a href={mselUrl(scenarioId)} download class="secondary-link" data-testid="download-msel">
            MSEL (XLSX)
          </a>
        )}
      </ExerciseHeader>
      <div class="console-top">
        <ClockControls store={store} />
        <SectorStrip store={store} onOpenCharts={() => setTab('sectors')} />
      </div>
      <main class="console-main">
        <MselTable store={store} />
        <aside class="console-side" aria-label="Feed and tools">
          <LiveFeed store={store} />
          <ConsoleTabs
            label="Console tools"
            active={tab}
            onActive={setTab}
            tabs={[
              { key: 'deck', label: 'On demand', content: <OnDemandDeck store={store} /> },
              { key: 'adhoc', label: 'Ad hoc', content: <AdHocComposer store={store} /> },
              {
                key: 'message',
                label: 'Message',
                content: <MessageComposer store={store} recipients={[...teams, ...(store.outline.value?.roles ?? [])].map((t) => [t.id, t.name] as [string, string])} label="Message a team or a role" idPrefix="control-message" />,
              },
              { key: 'codes', label: 'Codes', content: <CodesPanel store={store} /> },
              { key: 'people', label: 'People', content: <TeamActivity store={store} /> },
              { key: 'observations', label: 'Observations', content: <ObservationLog store={store} canWrite /> },
              { key: 'board', label: 'Team board', content: <TeamBoard store={store} canAct /> },
              { key: 'flow', label: 'Flow', content: scenarioId ? <FlowPanel scenarioId={scenarioId} /> : null },
              { key: 'sectors', label: 'Charts', content: <SectorPanel store={store} title="Sector dashboard" /> },
              { key: 'map', label: 'Map', content: <IncidentMapPanel store={store} /> },
              { key: 'token', label: 'Token', content: <ApiTokenPanel /> },
            ]}
          />
        </aside>
      </main>
    </div>
  );
}
