import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';

export interface ConsoleTab {
  key: string;
  label: string;
  /** What the tab shows; a tab whose content is null is not offered. */
  content: ComponentChildren | null;
}

interface Props {
  tabs: ConsoleTab[];
  active: string;
  onActive: (key: string) => void;
  label: string;
}

/**
 * The console's secondary tools in tabs. A panel is mounted the first time its tab is opened and then kept
 * (hidden when another tab is open), so a code shown once, a half-written inject or message survive a switch.
 */
export function ConsoleTabs({ tabs, active, onActive, label }: Props) {
  const offered = tabs.filter((t) => t.content !== null);
  const current = offered.some((t) => t.key === active) ? active : (offered[0]?.key ?? '');
  const opened = useRef(new Set<string>()).current;
  opened.add(current);
  const list = useRef<HTMLDivElement>(null);

  const choose = (key: string, focus = false) => {
    onActive(key);
    if (focus) list.current?.querySelector<HTMLElement>(`[data-tab="${key}"]`)?.focus();
  };

  /** Arrow keys move between tabs, as the WAI-ARIA tabs pattern has it. */
  const onKeyDown = (e: KeyboardEvent) => {
    const at = offered.findIndex((t) => t.key === current);
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (step !== 0) {
      e.preventDefault();
      choose(offered[(at + step + offered.length) % offered.length].key, true);
    } else if (e.key === 'Home' || e.key === 'End') {
      e.preventDefault();
      choose(offered[e.key === 'Home' ? 0 : offered.length - 1].key, true);
    }
  };

  return (
    <section class="panel console-tabs" aria-label={label}>
      <div class="tab-list" role="tablist" aria-label={label} ref={list} onKeyDown={onKeyDown}>
        {offered.map((t) => (
          <button
            key={t.key}
            type="button"
            role="tab"
            id={`console-tab-${t.key}`}
            data-tab={t.key}
            data-testid={`console-tab-${t.key}`}
            aria-selected={t.key === current}
            // Only a mounted panel can be pointed at: an id that is not in the page is an invalid reference.
            aria-controls={opened.has(t.key) ? `console-panel-${t.key}` : undefined}
            tabIndex={t.key === current ? 0 : -1}
            class={t.key === current ? 'tab is-active' : 'tab'}
            onClick={() => choose(t.key)}
          >
            {t.label}
          </button>
        ))}
      </div>
      {offered.map((t) =>
        opened.has(t.key) ? (
          <div key={t.key} class="tab-panel" role="tabpanel" tabIndex={0} id={`console-panel-${t.key}`} aria-labelledby={`console-tab-${t.key}`} hidden={t.key !== current}>
            {t.content}
          </div>
        ) : null,
      )}
    </section>
  );
}
