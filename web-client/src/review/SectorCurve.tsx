import { parseTimeSpan, type StoryFrame } from '../clock';
import { axisLabel, moment, percent, tickAnchor, timeTicks } from './format';
import { msToSpan } from './TimelineChart';
import type { SectorReview } from './reviewTypes';

const W = 640;
const H = 220;
const PAD = { left: 44, right: 12, top: 12, bottom: 28 };

/** Inoperability over story time (game time without a story clock) with the thresholds, and markers for the injects and decisions that acted on it. */
export function SectorCurve(props: { sector: SectorReview; endMs: number; cursorMs: number | null; frame: StoryFrame | null; teamName?: (id: string) => string }) {
  const { sector, endMs, cursorMs, frame, teamName = (id: string) => id } = props;
  const span = Math.max(endMs, 60_000);
  const x = (ms: number) => PAD.left + ((W - PAD.left - PAD.right) * ms) / span;
  const y = (q: number) => PAD.top + (H - PAD.top - PAD.bottom) * (1 - q);
  const path = sector.points.map((p, i) => `${i ? 'L' : 'M'}${x(parseTimeSpan(p.gameTime)).toFixed(1)},${y(p.inoperability).toFixed(1)}`).join(' ');
  const thresholds: [number, string, string][] = [
    [sector.degraded, 'degraded', '#9a6a00'],
    [sector.disrupted, 'disrupted', '#c2410c'],
    [sector.failed, 'failed', '#b42323'],
  ];
  return (
    <figure class="sector-curve" data-testid={`sector-chart-${sector.id}`}>
      <figcaption>
        <strong>{sector.name}</strong> <span class="muted small">peak {percent(sector.peak)} at {moment(frame, sector.peakAt)}</span>
      </figcaption>
      <svg
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-label={`${sector.name}: inoperability over ${frame ? 'story' : 'game'} time, peak ${percent(sector.peak)} at ${moment(frame, sector.peakAt)}; ${sector.markers.length} injects and decisions marked, listed below.`}
      >
        {[0, 0.25, 0.5, 0.75, 1].map((q) => (
          <g key={q}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(q)} y2={y(q)} stroke="#eef1f4" />
            <text x={PAD.left - 6} y={y(q) + 4} font-size={10} text-anchor="end" fill="#5b6775">
              {percent(q)}
            </text>
          </g>
        ))}
        {thresholds.map(([q, name, colour]) => (
          <g key={name}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(q)} y2={y(q)} stroke={colour} stroke-dasharray="5 4" />
            <text x={W - PAD.right - 2} y={y(q) - 3} font-size={10} text-anchor="end" fill={colour}>
              {name}
            </text>
          </g>
        ))}
        {sector.markers.map((m, i) => (
          <g key={i}>
            <title>{`${moment(frame, m.gameTime)} ${m.kind}: ${m.label}`}</title>
            <line x1={x(parseTimeSpan(m.gameTime))} x2={x(parseTimeSpan(m.gameTime))} y1={PAD.top} y2={H - PAD.bottom} stroke={m.kind === 'decision' ? '#7b3fa0' : '#2563a8'} stroke-dasharray={m.kind === 'decision' ? '2 3' : undefined} />
            <text x={x(parseTimeSpan(m.gameTime)) + 3} y={PAD.top + 10 + (i % 3) * 11} font-size={10} fill={m.kind === 'decision' ? '#7b3fa0' : '#2563a8'}>
              {m.kind === 'decision' ? '◆' : '▲'} {m.label.length > 28 ? `${m.label.slice(0, 27)}…` : m.label}
            </text>
          </g>
        ))}
        <path d={path} fill="none" stroke="#1d2733" stroke-width={2} />
        {sector.points.length === 1 && <circle cx={x(parseTimeSpan(sector.points[0].gameTime))} cy={y(sector.points[0].inoperability)} r={3} fill="#1d2733" />}
        {timeTicks(span, 5, frame).map((t) => (
          <text key={t} x={x(t)} y={H - 8} font-size={10} text-anchor={tickAnchor(x(t), PAD.left, W - PAD.right)} fill="#5b6775" data-testid="sector-tick">
            {axisLabel(frame, t)}
            <title>{moment(frame, msToSpan(t))}</title>
          </text>
        ))}
        {cursorMs !== null && <line x1={x(Math.min(cursorMs, span))} x2={x(Math.min(cursorMs, span))} y1={PAD.top} y2={H - PAD.bottom} stroke="#b42323" stroke-width={2} />}
      </svg>
      <p class="curve-legend small muted" aria-hidden="true">
        <span style={{ color: '#2563a8' }}>▲ inject</span> <span style={{ color: '#7b3fa0' }}>◆ decision</span> <span>– – thresholds</span>
        {cursorMs !== null && <span style={{ color: '#b42323' }}>│ replay moment</span>}
      </p>
      {(sector.markers.length > 0 || sector.changes.length > 0) && (
        <ul class="small marker-list">
          {sector.markers.map((m, i) => (
            <li key={`m${i}`} class={`marker-${m.kind}`}>
              {moment(frame, m.gameTime)} <span aria-hidden="true">{m.kind === 'decision' ? '◆' : '▲'}</span> {m.kind === 'decision' ? 'Decision' : 'Inject'}: {m.label}
              {m.team && ` (${teamName(m.team)})`}
              {m.perturbation !== null && ` · perturbation ${m.perturbation > 0 ? '+' : ''}${m.perturbation}`}
              {m.shock !== null && ` · shock +${m.shock}`}
              {m.recoveryFactor !== null && ` · recovery ×${m.recoveryFactor}`}
            </li>
          ))}
          {sector.changes.map((c, i) => (
            <li key={`c${i}`}>
              {moment(frame, c.gameTime)} state {c.from} → {c.to} ({percent(c.inoperability)})
            </li>
          ))}
        </ul>
      )}
    </figure>
  );
}
