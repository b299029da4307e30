import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { formatOffset, parseTimeSpan, storyDayTimeOfGame, storyFrame, storyMomentOfGame } from '../clock';
import type { ExerciseStore } from '../state/exercise';
import { describeEvent, eventBody } from './eventText';
import { FEED_KINDS, feedMatches, type FeedKind } from './feedKinds';

/** How many of the newest items are drawn at first, and how many more each time the list is scrolled to its end. */
const FIRST = 150;
/** User-timing name the browser test reads: one measure per render of the feed. */
export const FEED_RENDER = 'feed-render';
let measured = 0;
const MORE = 300;

/**
 * What is happening, newest first: team activity, injects, sector changes, the clock and review items, filtered
 * by team and kind. It reaches back to the start of the exercise (older items are drawn as the list is scrolled
 * down), and once scrolled away from the top "Jump to now" brings it back and counts what came in meanwhile.
 */
export function LiveFeed({ store }: { store: ExerciseStore }) {
  performance.mark('feed-render-start');
  const events = store.events.value;
  const teams = store.outline.value?.teams ?? [];
  const frame = storyFrame(store.clock.value, store.outline.value);
  const [kinds, setKinds] = useState<Set<FeedKind>>(new Set(FEED_KINDS.map(([k]) => k)));
  const [team, setTeam] = useState('');
  const [limit, setLimit] = useState(FIRST);
  /** The newest seq on screen when the reader scrolled away from "now"; null while at the top. */
  const [awayAt, setAwayAt] = useState<number | null>(null);
  const list = useRef<HTMLOListElement>(null);

  const recipients = useMemo(() => {
    const map = new Map<string, string[]>();
    for (const i of store.injects.value) map.set(i.id, i.recipients);
    return map;
  }, [store.injects.value]);
  const matching = useMemo(
    () => events.filter((e) => feedMatches(e, kinds, team, (id) => recipients.get(id) ?? [])).reverse(),
    [events, kinds, team, recipients],
  );
  const drawn = matching.slice(0, limit);
  const newer = awayAt === null ? 0 : matching.findIndex((e) => e.seq <= awayAt);
  const newCount = newer < 0 ? matching.length : newer;

  useLayoutEffect(() => {
    performance.mark('feed-render-end');
    if (++measured % 500 === 0) performance.clearMeasures(FEED_RENDER);
    performance.measure(FEED_RENDER, 'feed-render-start', 'feed-render-end');
  });

  const onScroll = () => {
    const el = list.current;
    if (!el) return;
    if (el.scrollTop > 24 && awayAt === null) setAwayAt(matching[0]?.seq ?? 0);
    if (el.scrollTop <= 24 && awayAt !== null) setAwayAt(null);
    if (el.scrollTop + el.clientHeight >= el.scrollHeight - 80 && limit < matching.length) setLimit(limit + MORE);
  };

  const jumpToNow = () => {
    list.current?.scrollTo({ top: 0 });
    setAwayAt(null);
    setLimit(FIRST);
  };

  const toggleKind = (k: FeedKind) => {
    const next = new Set(kinds);
    if (!next.delete(k)) next.add(k);
    setKinds(next);
    setLimit(FIRST);
  };

  return (
    <section class="panel feed-panel" aria-labelledby="feed-title" data-testid="feed-panel">
      <div class="panel-head">
        <h2 id="feed-title">Live feed</h2>
        <select
          data-testid="feed-filter-team"
          aria-label="Show the feed for one team"
          value={team}
          onChange={(e) => {
            setTeam(e.currentTarget.value);
            setLimit(FIRST);
          }}
        >
          <option value="">All teams</option>
          {teams.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </select>
      </div>
      <div class="chips" role="group" aria-label="Kinds of event shown">
        {FEED_KINDS.map(([k, label]) => (
          <button key={k} type="button" class="chip" data-testid={`feed-kind-${k}`} aria-pressed={kinds.has(k)} onClick={() => toggleKind(k)}>
            {label}
          </button>
        ))}
      </div>
      <div class="feed-wrap">
        {awayAt !== null && (
          <button type="button" class="jump-now" data-testid="feed-jump-now" onClick={jumpToNow}>
            ↑ Jump to now{newCount > 0 ? ` (${newCount} new)` : ''}
          </button>
        )}
        <ol class="event-list feed-list" data-testid="feed" aria-label="Live feed" aria-live="polite" ref={list} onScroll={onScroll} tabIndex={0}>
          {drawn.length === 0 && <li class="muted">{events.length === 0 ? 'Nothing yet.' : 'Nothing matches these filters.'}</li>}
          {drawn.map((e) => {
            const body = eventBody(e);
            const game = parseTimeSpan(e.gameTime);
            return (
              <li key={e.seq} class={`event event-${e.type}`} data-testid="feed-item" data-seq={e.seq} data-type={e.type}>
                <span class="event-time" title={frame ? storyMomentOfGame(frame, game) : formatOffset(game)}>
                  {frame ? storyDayTimeOfGame(frame, game) : formatOffset(game)}
                </span>
                <span class="event-text">{describeEvent(store, e)}</span>
                {body && <blockquote class="event-body">{body}</blockquote>}
              </li>
            );
          })}
          {drawn.length < matching.length && (
            <li class="muted small">
              <button type="button" class="link-button" data-testid="feed-older" onClick={() => setLimit(limit + MORE)}>
                Show older ({matching.length - drawn.length} more)
              </button>
            </li>
          )}
        </ol>
      </div>
    </section>
  );
}
