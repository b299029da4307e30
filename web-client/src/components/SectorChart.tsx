import { useEffect, useRef } from 'preact/hooks';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { formatShort, storyDayTimeOfGame, type StoryFrame } from '../clock';
import type { SeriesPoint } from '../state/exercise';
import type { SectorOutline } from '../types';
import { t } from '../i18n';

interface Props {
  sectorId: string;
  name: string;
  points: SeriesPoint[];
  thresholds?: SectorOutline;
  /** Current game time (ms), so the x axis reaches "now". */
  nowMs?: number;
  /** The story clock: with it the x axis reads story times ("Mon 06:30"), as every other time a player sees. */
  frame?: StoryFrame | null;
}

const THRESHOLD_COLOURS: [keyof Pick<SectorOutline, 'degraded' | 'disrupted' | 'failed'>, string][] = [
  ['degraded', '#c9a227'],
  ['disrupted', '#d9822b'],
  ['failed', '#c23030'],
];

/** Inoperability of one sector over game time (story times, or hours without a story clock, on the x axis), with dashed threshold lines. */
export function SectorChart({ sectorId, name, points, thresholds, nowMs, frame }: Props) {
  const host = useRef<HTMLDivElement>(null);
  const plot = useRef<uPlot | null>(null);
  const limits = useRef(thresholds);
  limits.current = thresholds;
  const story = useRef(frame);
  story.current = frame;

  useEffect(() => {
    const el = host.current!;
    const thresholdPlugin: uPlot.Plugin = {
      hooks: {
        draw: (u) => {
          const t = limits.current;
          if (!t) return;
          const ctx = u.ctx;
          ctx.save();
          ctx.setLineDash([4 * devicePixelRatio, 4 * devicePixelRatio]);
          ctx.lineWidth = devicePixelRatio;
          for (const [key, colour] of THRESHOLD_COLOURS) {
            const value = t[key];
            if (typeof value !== 'number' || !Number.isFinite(value)) continue;
            const y = u.valToPos(value, 'y', true);
            if (y < u.bbox.top || y > u.bbox.top + u.bbox.height) continue;
            ctx.strokeStyle = colour;
            ctx.beginPath();
            ctx.moveTo(u.bbox.left, y);
            ctx.lineTo(u.bbox.left + u.bbox.width, y);
            ctx.stroke();
          }
          ctx.restore();
        },
      },
    };
    const opts: uPlot.Options = {
      width: Math.max(200, el.clientWidth),
      height: 160,
      legend: { show: false },
      cursor: { drag: { x: false, y: false } },
      scales: {
        // At least an hour wide: in the first minutes every tick would read the same time.
        x: { time: false, range: (_u, min, max) => [min, Math.max(max, min + 1)] },
        y: { range: (_u, _min, max) => [0, Math.max(1, max * 1.1)] },
      },
      axes: [
        {
          values: (_u, splits) => splits.map((v) => (story.current ? storyDayTimeOfGame(story.current, v * 3600000) : formatShort(v * 3600000))),
          size: 30,
          font: '11px system-ui, sans-serif',
        },
        { values: (_u, splits) => splits.map((v) => `${Math.round(v * 100)}%`), size: 44, font: '11px system-ui, sans-serif' },
      ],
      series: [{}, { label: t('sectors.inoperability'), stroke: '#2563a8', width: 2, fill: 'rgba(37, 99, 168, 0.10)' }],
      plugins: [thresholdPlugin],
    };
    plot.current = new uPlot(opts, [[], []], el);
    const observer = new ResizeObserver(() => {
      if (plot.current && el.clientWidth > 0) plot.current.setSize({ width: el.clientWidth, height: 160 });
    });
    observer.observe(el);
    return () => {
      observer.disconnect();
      plot.current?.destroy();
      plot.current = null;
    };
  }, []);

  useEffect(() => {
    const xs = points.map((p) => p.gameMs / 3600000);
    const ys = points.map((p) => p.inoperability);
    if (nowMs !== undefined && xs.length > 0 && nowMs / 3600000 > xs[xs.length - 1]) {
      // extend the last known value to "now" so the curve reaches the present
      xs.push(nowMs / 3600000);
      ys.push(ys[ys.length - 1]);
    }
    plot.current?.setData([xs, ys]);
  }, [points, nowMs === undefined ? 0 : Math.floor(nowMs / 60000)]);

  return (
    <div
      class="sector-chart"
      data-testid={`sector-chart-${sectorId}`}
      role="img"
      aria-label={
        points.length
          ? t('sectors.chartLatest', { name, count: points.length, percent: Math.round(points[points.length - 1].inoperability * 100) })
          : t('sectors.chart', { name, count: points.length })
      }
      ref={host}
    />
  );
}
