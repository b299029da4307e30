import type { StoryFrame } from '../clock';
import { useEffect, useRef, useState } from 'preact/hooks';
import { DataTable } from '../components/DataTable';
import { ErrorText, Notice } from '../components/Messages';
import { useAction } from '../state/action';
import type { ExerciseStore } from '../state/exercise';
import { moment } from './format';
import type { ExerciseReview, FindingReview, ImprovementReview } from './reviewTypes';

/** Strengths and areas for improvement, written by control and evaluators. */
export function FindingsPanel({ review, store, canWrite, frame }: { review: ExerciseReview; store: ExerciseStore; canWrite: boolean; frame: StoryFrame | null }) {
  const action = useAction();
  const [editing, setEditing] = useState<string | null>(null);
  const [kind, setKind] = useState<'strength' | 'area-for-improvement'>('strength');
  const [objective, setObjective] = useState('');
  const [text, setText] = useState('');
  const textBox = useRef<HTMLTextAreaElement>(null);
  const objectiveTitle = (id: string | null) => review.objectives.find((o) => o.id === id)?.title;

  // A finding withdrawn (here or elsewhere) while being rewritten can no longer be saved: back to a new one.
  useEffect(() => {
    if (editing && !review.findings.some((f) => f.id === editing)) {
      action.setError(`${editing} was withdrawn meanwhile; saving now adds a new finding.`);
      setEditing(null);
    }
  }, [review, editing]);

  const edit = (finding: FindingReview) => {
    setEditing(finding.id);
    setKind(finding.kind === 'strength' ? 'strength' : 'area-for-improvement');
    setObjective(finding.objectiveId ?? '');
    setText(finding.text);
    action.setError(null);
    action.setNotice(null);
    textBox.current?.focus();
    textBox.current?.scrollIntoView({ behavior: 'smooth', block: 'center' });
  };
  const submit = async (e: Event) => {
    e.preventDefault();
    const saved = await action.run(
      () => store.hub.command(`finding:${editing ?? 'new'}:${kind}:${objective}:${text}`, 'RecordFinding', editing, kind, objective || null, text.trim()),
      editing ? 'Finding rewritten.' : 'Finding recorded.',
    );
    if (saved) {
      setEditing(null);
      setText('');
    }
  };
  const withdraw = (id: string) => {
    if (editing === id) {
      setEditing(null);
      setText('');
    }
    return action.run(() => store.hub.command(`withdraw:${id}`, 'WithdrawReviewItem', id), `${id} withdrawn.`);
  };

  const group = (which: string, title: string) => {
    const items = review.findings.filter((f) => f.kind === which);
    return (
      <div>
        <h3>{title}</h3>
        {items.length === 0 && <p class="muted">None recorded.</p>}
        <ul class="plain findings">
          {items.map((f) => (
            <li key={f.id} data-testid={`finding-${f.id}`} class={editing === f.id ? 'is-editing' : undefined}>
              <strong>{f.id}</strong> <span class="finding-text">{f.text}</span>
              <span class="muted small">
                {f.objectiveId ? ` · Objective: ${objectiveTitle(f.objectiveId) ?? f.objectiveId}` : ''} · {f.by} · {moment(frame, f.gameTime)}
              </span>
              {canWrite && (
                <span class="row-actions">
                  <button type="button" class="link-button" aria-label={`Edit ${f.id}`} data-testid={`finding-edit-${f.id}`} disabled={action.busy} onClick={() => edit(f)}>
                    Edit
                  </button>
                  <button type="button" class="link-button" aria-label={`Withdraw ${f.id}`} data-testid={`finding-withdraw-${f.id}`} disabled={action.busy} onClick={() => void withdraw(f.id)}>
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
              Objective (optional)
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
            <textarea ref={textBox} data-testid="finding-text" rows={3} value={text} required maxLength={20000} onInput={(e) => setText((e.target as HTMLTextAreaElement).value)} />
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
  const actionBox = useRef<HTMLTextAreaElement>(null);
  const findingText = (id: string | null) => (id ? (review.findings.find((f) => f.id === id)?.text ?? `${id} (withdrawn)`) : '–');

  useEffect(() => {
    if (editing && !review.improvementPlan.some((i) => i.id === editing)) {
      action.setError(`${editing} was withdrawn meanwhile; saving now adds a new item.`);
      setEditing(null);
    }
  }, [review, editing]);

  const edit = (item: ImprovementReview) => {
    setEditing(item.id);
    setFinding(item.findingId ?? '');
    setWhat(item.action);
    setOwner(item.owner);
    setDue(item.due);
    action.setError(null);
    action.setNotice(null);
    actionBox.current?.focus();
    actionBox.current?.scrollIntoView({ behavior: 'smooth', block: 'center' });
  };
  const submit = async (e: Event) => {
    e.preventDefault();
    const saved = await action.run(
      () =>
        store.hub.command(`improvement:${editing ?? 'new'}:${finding}:${what}:${owner}:${due}`, 'PlanImprovement', editing, finding || null, what.trim(), owner.trim(), due),
      editing ? 'Item rewritten.' : 'Item added to the plan.',
    );
    if (saved) {
      setEditing(null);
      setWhat('');
      setOwner('');
      setDue('');
    }
  };
  const withdraw = (id: string) => {
    if (editing === id) {
      setEditing(null);
      setWhat('');
      setOwner('');
      setDue('');
    }
    return action.run(() => store.hub.command(`withdraw:${id}`, 'WithdrawReviewItem', id), `${id} withdrawn.`);
  };

  return (
    <section class="panel" aria-labelledby="improvements-title" data-testid="review-improvements">
      <h2 id="improvements-title">Improvement plan</h2>
      {review.improvementPlan.length === 0 ? (
        <p class="muted">None recorded.</p>
      ) : (
        <DataTable
          class="review-table"
          caption="Improvement plan"
          columns={[
            { key: 'id', header: 'Item', cell: (i) => i.id },
            {
              key: 'finding',
              header: 'Area for improvement',
              cell: (i) => (
                <>
                  {i.findingId && <strong>{i.findingId} </strong>}
                  {findingText(i.findingId)}
                </>
              ),
            },
            { key: 'action', header: 'Corrective action', cell: (i) => i.action },
            { key: 'owner', header: 'Owner', cell: (i) => i.owner },
            { key: 'due', header: 'Due', cell: (i) => i.due },
            canWrite && {
              key: 'edit',
              header: <span class="sr-only">Edit or withdraw</span>,
              class: 'row-actions',
              cell: (i) => (
                <>
                  <button type="button" class="link-button" aria-label={`Edit ${i.id}`} data-testid={`improvement-edit-${i.id}`} disabled={action.busy} onClick={() => edit(i)}>
                    Edit
                  </button>{' '}
                  <button type="button" class="link-button" aria-label={`Withdraw ${i.id}`} data-testid={`improvement-withdraw-${i.id}`} disabled={action.busy} onClick={() => void withdraw(i.id)}>
                    Withdraw
                  </button>
                </>
              ),
            },
          ]}
          rows={review.improvementPlan}
          rowKey={(i) => i.id}
          rowAttributes={(i) => ({ 'data-testid': `improvement-${i.id}`, class: editing === i.id ? 'is-editing' : undefined })}
        />
      )}
      {canWrite && (
        <form class="stack" onSubmit={submit} aria-label={editing ? `Rewrite item ${editing}` : 'New improvement item'}>
          <label>
            Area for improvement it answers (optional)
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
            <textarea ref={actionBox} data-testid="improvement-action" rows={2} value={what} required onInput={(e) => setWhat((e.target as HTMLTextAreaElement).value)} />
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
