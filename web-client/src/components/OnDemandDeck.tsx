import { useAction } from '../state/action';
import type { ExerciseStore } from '../state/exercise';
import type { InjectDetail } from '../types';
import { channelLabel } from './channels';
import { ErrorText } from './Messages';

/** On-demand injects still waiting, each a card control can release with one click. */
export function OnDemandDeck({ store }: { store: ExerciseStore }) {
  const deck = store.injects.value.filter((i) => i.onDemand && i.status.toLowerCase() === 'pending');
  return (
    <section class="panel deck" aria-labelledby="deck-title">
      <h2 id="deck-title">On-demand deck</h2>
      {deck.length === 0 && <p class="muted">No on-demand injects waiting.</p>}
      <ul class="deck-list">
        {deck.map((i) => (
          <li key={i.id} class="deck-card" data-testid={`deck-${i.id}`}>
            <div>
              <strong>
                #{i.number} {i.title}
              </strong>
              <div class="muted small">
                {channelLabel(i.channel)} → {i.recipients.map((r) => store.teamName(r)).join(', ')}
              </div>
            </div>
            <DeckRelease store={store} inject={i} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function DeckRelease({ store, inject }: { store: ExerciseStore; inject: InjectDetail }) {
  const action = useAction();
  return (
    <div>
      <button type="button" data-testid={`deck-release-${inject.id}`} disabled={action.busy} onClick={() => void action.run(() => store.hub.command(`release:${inject.id}`, 'ReleaseInject', inject.id))}>
        Release
      </button>
      <ErrorText error={action.error} />
    </div>
  );
}
