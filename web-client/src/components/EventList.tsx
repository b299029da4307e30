import { storyFrame } from '../clock';
import { moment } from '../review/format';
import type { ExerciseStore } from '../state/exercise';
import type { ExerciseEvent } from '../types';
import { describeEvent, eventBody } from './eventText';
import { t } from '../i18n';

interface Props {
  store: ExerciseStore;
  events: ExerciseEvent[];
  testId?: string;
  itemTestId?: string;
  empty?: string;
  label: string;
}

/** A newest-first list of events, with the text of responses and messages. */
export function EventList({ store, events, testId, itemTestId, empty = t('events.nothingYet'), label }: Props) {
  const newestFirst = [...events].reverse();
  const frame = storyFrame(store.clock.value, store.outline.value);
  return (
    // tabIndex: the list scrolls on its own, so keyboard users must be able to reach it to scroll it.
    <ol class="event-list" data-testid={testId} aria-label={label} aria-live="polite" tabIndex={0}>
      {newestFirst.length === 0 && <li class="muted">{empty}</li>}
      {newestFirst.map((e) => {
        const body = eventBody(e);
        return (
          <li key={e.seq} class={`event event-${e.type}`} data-testid={itemTestId} data-seq={e.seq}>
            <span class="event-time">{moment(frame, e.gameTime)}</span>
            <span class="event-text">{describeEvent(store, e)}</span>
            {body && <blockquote class="event-body">{body}</blockquote>}
          </li>
        );
      })}
    </ol>
  );
}
