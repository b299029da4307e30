import { useEffect, useState } from 'preact/hooks';
import { api, errorText } from '../api';
import { ErrorText, Notice } from '../components/Messages';
import { useAction } from '../state/action';
import type { ExerciseStore } from '../state/exercise';
import type { IssuedCode, JoinCode } from '../types';

type Target = { team: string } | { role: 'observer' | 'evaluator' };

/**
 * Join codes of the exercise. The server keeps only a hash of each code, so a code's text is shown here once,
 * when it is issued (or re-issued); the list shows who each code is for and whether it still works.
 */
export function CodesPanel({ store }: { store: ExerciseStore }) {
  const teams = store.outline.value?.teams ?? [];
  const [codes, setCodes] = useState<JoinCode[]>([]);
  /** Team or role → the code text issued for it on this page, the only place it can be seen. */
  const [issued, setIssued] = useState<Record<string, string>>({});
  const [loadError, setLoadError] = useState<string | null>(null);
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

  const show = (result: IssuedCode | undefined) => {
    if (result) setIssued((shown) => ({ ...shown, [result.team ?? result.role]: result.code }));
  };
  const issue = async (target: Target) => {
    show(await action.run(() => api.issueCode(id, target)));
    await reload();
  };
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
  const targets: [string, string, Target][] = [
    ...teams.map((t) => [t.id, t.name, { team: t.id }] as [string, string, Target]),
    ['observer', 'Observer', { role: 'observer' }],
    ['evaluator', 'Evaluator', { role: 'evaluator' }],
  ];
  const label = (c: JoinCode) => (c.team ? store.teamName(c.team) : c.role);

  return (
    <section class="panel codes" aria-labelledby="codes-title">
      <h2 id="codes-title">Join codes</h2>
      <p class="muted small">A code is shown only once, when it is issued. If one is lost or shared too widely, re-issue it.</p>
      <ul class="plain code-issue">
        {targets.map(([key, name, target]) => (
          <li key={key}>
            <button type="button" class="secondary" data-testid={`issue-code-${key}`} disabled={action.busy} onClick={() => void issue(target)}>
              Issue code: {name}
            </button>
            {issued[key] && (
              <code class="issued" data-testid={`issued-code-${key}`}>
                {issued[key]}
              </code>
            )}
          </li>
        ))}
      </ul>
      <ErrorText error={action.error ?? loadError} />
      <Notice text={action.notice} />
      {codes.length > 0 && (
        <div class="table-wrap">
          <table class="small">
            <thead>
              <tr>
                <th scope="col">For</th>
                <th scope="col">Issued</th>
                <th scope="col">
                  <span class="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {codes.map((c) => (
                <tr key={c.id} class={c.revoked ? 'revoked' : ''} data-testid={`code-row-${c.id}`}>
                  <td>{label(c)}</td>
                  <td>{new Date(c.createdAt).toLocaleTimeString()}</td>
                  <td>
                    {c.revoked ? (
                      <span class="muted">revoked</span>
                    ) : (
                      <span class="row-actions">
                        <button type="button" class="secondary" aria-label={`Revoke a code for ${label(c)}`} data-testid={`revoke-${c.id}`} disabled={action.busy} onClick={() => void revoke(c)}>
                          Revoke
                        </button>{' '}
                        <button type="button" class="secondary" aria-label={`Re-issue a code for ${label(c)}`} data-testid={`reissue-${c.id}`} disabled={action.busy} onClick={() => void reissue(c)}>
                          Re-issue
                        </button>
                      </span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
