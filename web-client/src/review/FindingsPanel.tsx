import { useState } from 'preact/hooks';
import { ErrorText, Notice } from '../components/Messages';
import { useAction } from '../state/action';
import type { ExerciseStore } from '../state/exercise';
import type { ExerciseReview, FindingReview, ImprovementReview } from './reviewTypes';

/** Strengths and areas for improvement, written by control and evaluators. */
export function FindingsPanel({ review, store, canWrite }: { review: ExerciseReview; store: ExerciseStore; canWrite: boolean }) {
  const action = useAction();
  const [editing, setEditing] = useState<string | null>(null);
  const [kind, setKind] = useState<'strength' | 'area-for-improvement'>('strength');
  const [objective, setObjective] = useState('');
  const [text, setText] = useState('');
  const objectiveTitle = (id: string | null) => review.objectives.find((o) => o.id === id)?.title;

  const edit = (finding: FindingReview) => {
    setEditing(finding.id);
    setKind(finding.kind);
    setObjective(finding.objectiveId ?? '');
    setText(finding.text);
  };
  const submit = async (e: Event) => {
    e.preventDefault();
    const saved = await action.run(
      () => store.hub.command(`finding:${editing ?? 'new'}:${text}`, 'RecordFinding', editing, kind, objective || null, text),
      editing ? 'Finding rewritten.' : 'Finding recorded.',
    );
    if (saved) {
      setEditing(null);
      setText('');
    }
  };
  const withdraw = (id: string) => action.run(() => store.hub.command(`withdraw:${id}`, 'WithdrawReviewItem', id), `${id} withdrawn.`);

  const group = (which: string, title: string) => {
    const items = review.findings.filter((f) => f.kind === which);
    return (
      <div>
        <h3>{title}</h3>
        {items.length === 0 && <p class="muted">None recorded.</p>}
        <ul class="plain findings">
          {items.map((f) => (
            <li key={f.id} data-testid={`finding-${f.id}`}>
              <strong>{f.id}</strong> {f.text}
              <span class="muted small">
                {objectiveTitle(f.objectiveId) ? ` · ${objectiveTitle(f.objectiveId)}` : ''} · {f.by}
              </span>
              {canWrite && (
                <span class="row-actions">
                  <button type="button" class="link-button" onClick={() => edit(f)}>
                    Edit
                  </button>
                  <button type="button" class="link-button" onClick={() => void withdraw(f.id)}>
                    Withdraw
                  </button>
                </span>
              )}
            </li>
          ))}
        </ul>
      </div>
    );
  };

  return (
    <section class="panel" aria-labelledby="findings-title" data-testid="review-findings">
      <h2 id="findings-title">Strengths and areas for improvement</h2>
      {group('strength', 'Strengths')}
      {group('area-for-improvement', 'Areas for improvement')}
      {canWrite && (
        <form class="stack" onSubmit={submit} aria-label={editing ? `Rewrite finding ${editing}` : 'New finding'}>
          <div class="form-row">
            <label>
              Kind
              <select data-testid="finding-kind" value={kind} onChange={(e) => setKind((e.target as HTMLSelectElement).value as typeof kind)}>
                <option value="strength">Strength</option>
                <option value="area-for-improvement">Area for improvement</option>
              </select>
            </label>
            <label>
              Objective
              <select data-testid="finding-objective" value={objective} onChange={(e) => setObjective((e.target as HTMLSelectElement).value)}>
                <option value="">(none)</option>
                {review.objectives.map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.title}
                  </option>
                ))}
              </select>
            </label>
          </div>
          <label>
            {editing ? `Rewrite ${editing}` : 'Finding'}
            <textarea data-testid="finding-text" rows={3} value={text} required maxLength={20000} onInput={(e) => setText((e.target as HTMLTextAreaElement).value)} />
          </label>
          <div class="form-row">
            <button type="submit" data-testid="finding-submit" disabled={action.busy || !text.trim()}>
              {editing ? 'Save finding' : 'Add finding'}
            </button>
            {editing && (
              <button type="button" class="secondary" onClick={() => (setEditing(null), setText(''))}>
                Cancel
              </button>
            )}
          </div>
        </form>
      )}
      <ErrorText error={action.error} />
      <Notice text={action.notice} />
    </section>
  );
}

/** The improvement plan: corrective actions with an owner and a due date, each answering an area for improvement. */
export function ImprovementPanel({ review, store, canWrite }: { review: ExerciseReview; store: ExerciseStore; canWrite: boolean }) {
  const action = useAction();
  const [editing, setEditing] = useState<string | null>(null);
  const [finding, setFinding] = useState('');
  const [what, setWhat] = useState('');
  const [owner, setOwner] = useState('');
  const [due, setDue] = useState('');
  const areas = review.findings.filter((f) => f.kind === 'area-for-improvement');
  const findingText = (id: string | null) => (id ? (review.findings.find((f) => f.id === id)?.text ?? `${id} (withdrawn)`) : '–');

  const edit = (item: ImprovementReview) => {
    setEditing(item.id);
    setFinding(item.findingId ?? '');
    setWhat(item.action);
    setOwner(item.owner);
    setDue(item.due);
  };
  const submit = async (e: Event) => {
    e.preventDefault();
    const saved = await action.run(
      () => store.hub.command(`improvement:${editing ?? 'new'}:${what}`, 'PlanImprovement', editing, finding || null, what, owner, due),
      editing ? 'Item rewritten.' : 'Item added to the plan.',
    );
    if (saved) {
      setEditing(null);
      setWhat('');
      setOwner('');
      setDue('');
    }
  };
  const withdraw = (id: string) => action.run(() => store.hub.command(`withdraw:${id}`, 'WithdrawReviewItem', id), `${id} withdrawn.`);

  return (
    <section class="panel" aria-labelledby="improvements-title" data-testid="review-improvements">
      <h2 id="improvements-title">Improvement plan</h2>
      {review.improvementPlan.length === 0 ? (
        <p class="muted">None recorded.</p>
      ) : (
        <table class="review-table">
          <thead>
            <tr>
              <th>Item</th>
              <th>Area for improvement</th>
              <th>Corrective action</th>
              <th>Owner</th>
              <th>Due</th>
              {canWrite && <th />}
            </tr>
          </thead>
          <tbody>
            {review.improvementPlan.map((i) => (
              <tr key={i.id} data-testid={`improvement-${i.id}`}>
                <td>{i.id}</td>
                <td>{findingText(i.findingId)}</td>
                <td>{i.action}</td>
                <td>{i.owner}</td>
                <td>{i.due}</td>
                {canWrite && (
                  <td class="row-actions">
                    <button type="button" class="link-button" onClick={() => edit(i)}>
                      Edit
                    </button>
                    <button type="button" class="link-button" onClick={() => void withdraw(i.id)}>
                      Withdraw
                    </button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {canWrite && (
        <form class="stack" onSubmit={submit} aria-label={editing ? `Rewrite item ${editing}` : 'New improvement item'}>
          <label>
            Answers
            <select data-testid="improvement-finding" value={finding} onChange={(e) => setFinding((e.target as HTMLSelectElement).value)}>
              <option value="">(no area for improvement)</option>
              {areas.map((f) => (
                <option key={f.id} value={f.id}>
                  {f.id}: {f.text.length > 60 ? `${f.text.slice(0, 59)}…` : f.text}
                </option>
              ))}
            </select>
          </label>
          <label>
            Corrective action
            <textarea data-testid="improvement-action" rows={2} value={what} required onInput={(e) => setWhat((e.target as HTMLTextAreaElement).value)} />
          </label>
          <div class="form-row">
            <label>
              Owner
              <input data-testid="improvement-owner" value={owner} required maxLength={200} onInput={(e) => setOwner((e.target as HTMLInputElement).value)} />
            </label>
            <label>
              Due
              <input data-testid="improvement-due" type="date" value={due} required onInput={(e) => setDue((e.target as HTMLInputElement).value)} />
            </label>
          </div>
          <div class="form-row">
            <button type="submit" data-testid="improvement-submit" disabled={action.busy || !what.trim() || !owner.trim() || !due}>
              {editing ? 'Save item' : 'Add to the plan'}
            </button>
            {editing && (
              <button type="button" class="secondary" onClick={() => (setEditing(null), setWhat(''), setOwner(''), setDue(''))}>
                Cancel
              </button>
            )}
          </div>
        </form>
      )}
      <ErrorText error={action.error} />
      <Notice text={action.notice} />
    </section>
  );
}
