import { renderMarkdown } from '../markdown';
import type { ExerciseStore } from '../state/exercise';

/**
 * The briefings of the roles the viewer plays (the server sends a participant only its own role's): open before the
 * start, folded away but kept once the exercise runs.
 */
export function RoleBriefings({ store }: { store: ExerciseStore }) {
  const briefings = store.outline.value?.briefings ?? [];
  if (briefings.length === 0) return null;
  const before = store.lifecycle.value === 'ready';
  return (
    <section class="panel briefings" aria-label="Role briefing" data-testid="role-briefings">
      {briefings.map((b) => (
        <details key={`${b.team}/${b.role}`} open={before} data-testid={`briefing-${b.team}-${b.role}`}>
          <summary>
            <strong>Briefing: {b.roleName}</strong> <span class="muted small">({store.teamName(b.team)})</span>
          </summary>
          <div class="md">{renderMarkdown(b.markdown)}</div>
        </details>
      ))}
    </section>
  );
}
