import { useEffect, useState } from 'preact/hooks';
import { api, errorText } from '../api';
import { CodeSheet, type SheetCard } from '../components/CodeSheet';
import { DataTable } from '../components/DataTable';
import { ErrorText, Notice } from '../components/Messages';
import { useAction } from '../state/action';
import type { ExerciseStore } from '../state/exercise';
import type { IssuedCode, JoinCode } from '../types';
import './codesPanel.css';

type Target = { team: string; teamRole?: string } | { role: 'observer' | 'evaluator' };

/** The row a code belongs to: a team, a role of a team (`team/role`), observers or evaluators. */
const keyOf = (c: { team?: string | null; teamRole?: string | null; role: string }) => (c.team ? (c.teamRole ? `${c.team}/${c.teamRole}` : c.team) : c.role);

/**
 * Join codes of the exercise, one row per team, per role of a team (its participants read what goes to the role)
 * and for observers and evaluators: issue, revoke and re-issue from
 * the same table, codes for every team in one click, and a printable sheet of the codes issued here. The server
 * keeps only a hash of each code, so a code's text is shown here once, when it is issued (or re-issued).
 */
export function CodesPanel({ store }: { store: ExerciseStore }) {
  const teams = store.outline.value?.teams ?? [];
  const roles = store.outline.value?.roles ?? [];
  const [codes, setCodes] = useState<JoinCode[]>([]);
  /** Team or role → the code text issued for it on this page, the only place it can be seen. */
  const [issued, setIssued] = useState<Record<string, string>>({});
  const [loadError, setLoadError] = useState<string | null>(null);
  const [sheet, setSheet] = useState(false);
  const action = useAction();
  const id = store.exerciseId;

  const reload = () =>
    api
      .codes(id)
      .then((list) => {
        setCodes([...list].sort((a, b) => b.createdAt.localeCompare(a.createdAt)));
        setLoadError(null);
      })
      .catch((e) => setLoadError(errorText(e)));
  useEffect(() => void reload(), [id]);
  // The exercise's own name heads every card (the hub snapshot names the person signed in, not the exercise).
  const [exerciseName, setExerciseName] = useState<string | null>(null);
  useEffect(() => {
    api
      .exercise(id)
      .then((x) => setExerciseName(x.name))
      .catch(() => setExerciseName(null));
  }, [id]);

  const show = (result: IssuedCode | undefined) => {
    if (result) setIssued((shown) => ({ ...shown, [keyOf(result)]: result.code }));
  };
  const issue = async (target: Target) => {
    show(await action.run(() => api.issueCode(id, target)));
    await reload();
  };
  const label = (c: JoinCode) => (c.team ? store.teamName(keyOf(c)) : c.role);
  const revoke = async (c: JoinCode) => {
    if (!confirm(`Revoke this code for ${label(c)}? Everyone who joined with it is signed out at once.`)) return;
    await action.run(() => api.revokeCode(id, c.id), 'Code revoked; its sessions have ended.');
    await reload();
  };
  const reissue = async (c: JoinCode) => {
    if (!confirm(`Replace this code for ${label(c)} with a new one? The old code stops working and everyone who joined with it is signed out.`)) return;
    show(await action.run(() => api.reissueCode(id, c.id), 'New code issued; the old one no longer works.'));
    await reload();
  };
  /** One new code per team, one request each, in scenario order; stops at the first refusal and says how far it got. */
  const issueAll = async () => {
    const holding = teams.filter((t) => codes.some((c) => c.team === t.id && !c.revoked));
    if (holding.length > 0 && !confirm(`${holding.length} of ${teams.length} teams already have a working code; it keeps working. Issue a new code for every team?`)) return;
    let done = 0;
    await action.run(async () => {
      try {
        for (const t of teams) {
          show(await api.issueCode(id, { team: t.id }));
          done++;
        }
      } catch (e) {
        throw new Error(`Codes issued for ${done} of ${teams.length} teams; ${teams[done]?.name ?? 'the next team'} failed: ${errorText(e)}`);
      }
    }, `A new code for each of the ${teams.length} teams; print the code sheet to hand them out.`);
    await reload();
  };

  const targets: [string, string, Target][] = [
    ...teams.flatMap((t) => [
      [t.id, t.name, { team: t.id }] as [string, string, Target],
      ...roles.filter((r) => r.id.startsWith(`${t.id}/`)).map((r) => [r.id, r.name, { team: t.id, teamRole: r.id.slice(t.id.length + 1) }] as [string, string, Target]),
    ]),
    ['observer', 'Observer', { role: 'observer' }],
    ['evaluator', 'Evaluator', { role: 'evaluator' }],
  ];
  const codesOf = (key: string) => codes.filter((c) => keyOf(c) === key);
  const cards: SheetCard[] = targets.filter(([key, , target]) => 'team' in target && issued[key]).map(([key, name]) => ({ key, name, code: issued[key] }));

  return (
    <section class="panel codes" aria-labelledby="codes-title">
      <h2 id="codes-title">Join codes</h2>
      <p class="muted small">A code is shown only once, when it is issued; the code sheet holds the codes issued on this page. If one is lost or shared too widely, re-issue it.</p>
      <div class="button-row">
        <button type="button" data-testid="issue-codes-all" disabled={action.busy || teams.length === 0} onClick={() => void issueAll()}>
          Issue codes for all teams
        </button>
        <button type="button" class="secondary" data-testid="open-code-sheet" disabled={cards.length === 0} onClick={() => setSheet(true)}>
          Printable code sheet ({cards.length})
        </button>
      </div>
      <ErrorText error={action.error ?? loadError} />
      <Notice text={action.notice} />
      <DataTable
        class="small codes-table"
        caption="Join codes by team and role"
        columns={[
          { key: 'for', header: 'For', rowHeader: true, cell: (r) => r.name },
          {
            key: 'issued',
            header: 'Code (shown once)',
            cell: (r) =>
              issued[r.key] ? (
                <code class="issued" data-testid={`issued-code-${r.key}`}>
                  {issued[r.key]}
                </code>
              ) : (
                <span class="muted">—</span>
              ),
          },
          {
            key: 'working',
            header: 'Working codes',
            cell: (r) => (
              <>
                {r.working.length === 0 && <span class="muted">none</span>}
                <ul class="plain">
                  {r.working.map((c) => (
                    <li key={c.id} data-testid={`code-row-${c.id}`}>
                      {new Date(c.createdAt).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })}{' '}
                      <span class="row-actions">
                        <button type="button" class="secondary" aria-label={`Revoke a code for ${label(c)}`} data-testid={`revoke-${c.id}`} disabled={action.busy} onClick={() => void revoke(c)}>
                          Revoke
                        </button>{' '}
                        <button type="button" class="secondary" aria-label={`Re-issue a code for ${label(c)}`} data-testid={`reissue-${c.id}`} disabled={action.busy} onClick={() => void reissue(c)}>
                          Re-issue
                        </button>
                      </span>
                    </li>
                  ))}
                </ul>
                {r.revoked > 0 && <span class="muted">{r.revoked} revoked</span>}
              </>
            ),
          },
          {
            key: 'issue',
            header: <span class="sr-only">Actions</span>,
            cell: (r) => (
              <button type="button" class="secondary" data-testid={`issue-code-${r.key}`} disabled={action.busy} onClick={() => void issue(r.target)}>
                {r.working.length === 0 ? 'Issue' : 'Issue another'}
                <span class="sr-only"> code: {r.name}</span>
              </button>
            ),
          },
        ]}
        rows={targets.map(([key, name, target]) => {
          const own = codesOf(key);
          const working = own.filter((c) => !c.revoked);
          return { key, name, target, working, revoked: own.length - working.length };
        })}
        rowKey={(r) => r.key}
        rowAttributes={(r) => ({ 'data-testid': `codes-for-${r.key}` })}
      />
      {sheet && <CodeSheet title={exerciseName ?? store.outline.value?.title ?? store.exerciseId} cards={cards} onClose={() => setSheet(false)} />}
    </section>
  );
}
