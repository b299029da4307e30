import { parseTimeSpan, zoneSpanLabel, type StoryFrame } from '../clock';
import { axisLabel, moment, tickAnchor, timeTicks } from './format';
import type { ExerciseReview, TimelineEntry } from './reviewTypes';

export const KINDS: { kind: string; label: string; colour: string; shape: 'circle' | 'square' | 'diamond' | 'triangle' | 'cross' }[] = [
  { kind: 'received', label: 'Received', colour: '#5b6775', shape: 'circle' },
  { kind: 'acknowledged', label: 'Acknowledged', colour: '#2563a8', shape: 'square' },
  { kind: 'answered', label: 'Answered', colour: '#1f7a4a', shape: 'diamond' },
  { kind: 'decided', label: 'Decided', colour: '#7b3fa0', shape: 'triangle' },
  { kind: 'message-sent', label: 'Message sent', colour: '#0f7c8c', shape: 'circle' },
  { kind: 'message-received', label: 'Message received', colour: '#8fb8c0', shape: 'circle' },
  { kind: 'action-met', label: 'Expected action met', colour: '#1f7a4a', shape: 'triangle' },
  { kind: 'action-missed', label: 'Expected action missed', colour: '#b42323', shape: 'cross' },
];

const LANE = 34;
const LEFT = 170;
const WIDTH = 1000;

function Glyph({ x, y, kind }: { x: number; y: number; kind: string }) {
  const style = KINDS.find((k) => k.kind === kind) ?? KINDS[0];
  const c = style.colour;
  switch (style.shape) {
    case 'square':
      return <rect x={x - 5} y={y - 5} width={10} height={10} fill={c} />;
    case 'diamond':
      return <polygon points={`${x},${y - 7} ${x + 7},${y} ${x},${y + 7} ${x - 7},${y}`} fill={c} />;
    case 'triangle':
      return <polygon points={`${x},${y - 7} ${x + 7},${y + 6} ${x - 7},${y + 6}`} fill={c} />;
    case 'cross':
      return <path d={`M${x - 6},${y - 6} L${x + 6},${y + 6} M${x + 6},${y - 6} L${x - 6},${y + 6}`} stroke={c} stroke-width={3} />;
    default:
      return <circle cx={x} cy={y} r={5} fill={c} />;
  }
}

/** One lane per team over story time (game time without a story clock); the cursor marks the replay moment. */
export function TimelineChart(props: {
  review: ExerciseReview;
  endMs: number;
  cursorMs: number | null;
  frame: StoryFrame | null;
  selected?: string;
  onSelect?: (team: string) => void;
}) {
  const { review, endMs, cursorMs, frame, selected, onSelect } = props;
  const x = (ms: number) => LEFT + ((WIDTH - LEFT - 20) * ms) / endMs;
  const height = review.teams.length * LANE + 30;
  const ticks = timeTicks(endMs, 6, frame);
  return (
    <div class="timeline-chart">
      <svg
        viewBox={`0 0 ${WIDTH} ${height}`}
        role="img"
        aria-label={`Timeline: one lane per team over ${frame ? 'story' : 'game'} time, ${moment(frame, '00:00:00')} to ${moment(frame, msToSpan(endMs))}; the list below gives the same entries per team.`}
        preserveAspectRatio="xMinYMin meet"
      >
        {review.teams.map((team, i) => {
          const y = i * LANE + LANE / 2;
          return (
            <g key={team.id} data-testid={`lane-${team.id}`} class={`lane${onSelect ? ' selectable' : ''}`} onClick={onSelect && (() => onSelect(team.id))}>
              <rect x={0} y={i * LANE} width={WIDTH} height={LANE} fill={team.id === selected ? '#e6eef8' : i % 2 ? '#f7f9fb' : '#ffffff'} />
              <text x={8} y={y + 4} font-size={12} fill="#1d2733" font-weight={team.id === selected ? 700 : 400}>
                {team.name.length > 22 ? `${team.name.slice(0, 21)}…` : team.name}
                <title>{team.name}</title>
              </text>
              <line x1={LEFT} x2={WIDTH - 20} y1={y} y2={y} stroke="#d8dee5" />
              {placeGlyphs(team.timeline, x).map(({ e, gx, dy }) => (
                <g key={`${e.seq}-${e.kind}`}>
                  <title>{`${moment(frame, e.gameTime)} · ${KINDS.find((k) => k.kind === e.kind)?.label ?? e.kind}: ${e.label}${e.detail ? ` — ${e.detail}` : ''}`}</title>
                  <Glyph x={gx} y={y + dy} kind={e.kind} />
                </g>
              ))}
            </g>
          );
        })}
        {ticks.map((t) => (
          <g key={t}>
            <line x1={x(t)} x2={x(t)} y1={0} y2={height - 24} stroke="#eef1f4" />
            <text x={x(t)} y={height - 8} font-size={11} text-anchor={tickAnchor(x(t), LEFT, WIDTH - 20)} fill="#5b6775" data-testid="timeline-tick">
              {axisLabel(frame, t)}
              <title>{moment(frame, msToSpan(t))}</title>
            </text>
          </g>
        ))}
        <text x={8} y={height - 8} font-size={11} fill="#5b6775">
          {frame ? 'Story time' : 'Game time'}
          {frame && <title>{`Story time, ${zoneSpanLabel(frame.zone, frame.startMs, frame.startMs + endMs)}`}</title>}
        </text>
        {cursorMs !== null && (
          <line x1={x(Math.min(cursorMs, endMs))} x2={x(Math.min(cursorMs, endMs))} y1={0} y2={height - 22} stroke="#b42323" stroke-dasharray="4 3" stroke-width={2} data-testid="timeline-cursor">
            <title>{`Replay moment ${moment(frame, msToSpan(cursorMs))}`}</title>
          </line>
        )}
      </svg>
      <ul class="legend" aria-label="Legend">
        <li>
          <svg width={16} height={16} aria-hidden="true">
            <line x1={8} x2={8} y1={0} y2={16} stroke="#b42323" stroke-dasharray="4 3" stroke-width={2} />
          </svg>{' '}
          Replay moment
        </li>
        {KINDS.map((k) => (
          <li key={k.kind}>
            <svg width={16} height={16} aria-hidden="true">
              <Glyph x={8} y={8} kind={k.kind} />
            </svg>{' '}
            {k.label}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Milliseconds back to a TimeSpan string, for labels. */
export function msToSpan(ms: number): string {
  const total = Math.floor(ms / 1000);
  const d = Math.floor(total / 86400);
  const rest = total % 86400;
  const hh = String(Math.floor(rest / 3600)).padStart(2, '0');
  const mm = String(Math.floor((rest % 3600) / 60)).padStart(2, '0');
  const ss = String(rest % 60).padStart(2, '0');
  return `${d ? `${d}.` : ''}${hh}:${mm}:${ss}`;
}

/**
 * Where each glyph of a lane goes: at its game time, stacked a little up and down when several fall on the same
 * spot, so none hides another.
 */
function placeGlyphs(entries: TimelineEntry[], x: (ms: number) => number): { e: TimelineEntry; gx: number; dy: number }[] {
  const OFFSETS = [0, -9, 9];
  const used = new Map<number, number>();
  return entries.map((e) => {
    const gx = x(parseTimeSpan(e.gameTime));
    const bucket = Math.round(gx / 8);
    const n = used.get(bucket) ?? 0;
    used.set(bucket, n + 1);
    return { e, gx: gx + Math.floor(n / OFFSETS.length) * 10, dy: OFFSETS[n % OFFSETS.length] };
  });
}
