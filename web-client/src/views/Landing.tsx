import { useEffect, useState } from 'preact/hooks';
import { api, errorText, mselUrl, uploadScenario } from '../api';
import { ErrorText, Notice } from '../components/Messages';
import { useAction } from '../state/action';
import { hrefFor, navigate } from '../state/router';
import { endedNotice, homeFor, loadMe, me, signOut } from '../state/session';
import type { ExerciseSummary, ScenarioSummary } from '../types';
import { codeFromHash } from '../state/joinLink';

export function Landing() {
  const who = me.value;
  return (
    <div class="page landing">
      <header class="app-header">
        <h1>ExerciseServer</h1>
        {who && (
          <div class="who">
            <span>
              Signed in as <strong>{who.role === 'control' ? 'facilitator' : `${who.name ?? ''} (${who.role})`}</strong>
            </span>
            <button type="button" class="secondary" onClick={() => void signOut()}>
              Sign out
            </button>
          </div>
        )}
      </header>
      <main class="landing-main">
        {!who && <Notice text={endedNotice.value} />}
        {who?.role === 'control' ? (
          <Library />
        ) : (
          <div class="landing-forms">
            <JoinForm />
            <FacilitatorForm />
          </div>
        )}
      </main>
    </div>
  );
}

function JoinForm() {
  // Opened from a code sheet's QR code: the code is already filled in.
  const [code, setCode] = useState(() => codeFromHash(location.hash));
  const [name, setName] = useState('');
  const action = useAction();
  const submit = async (e: Event) => {
    e.preventDefault();
    const result = await action.run(() => api.join(code.trim(), name.trim()));
    if (!result) return;
    const who = await loadMe();
    navigate(who ? homeFor(who) : result.role === 'player' ? `/play/${result.exercise}` : `/observe/${result.exercise}`);
  };
  return (
    <form class="panel card-form" onSubmit={submit} aria-labelledby="join-title">
      <h2 id="join-title">Join an exercise</h2>
      <p class="muted">Enter the code your facilitator gave you.</p>
      <label for="join-code">Join code</label>
      <input
        id="join-code"
        data-testid="join-code"
        autocomplete="off"
        autocapitalize="characters"
        required
        value={code}
        onInput={(e) => setCode(e.currentTarget.value)}
      />
      <label for="join-name">Your name</label>
      <input id="join-name" data-testid="join-name" autocomplete="name" required maxLength={80} value={name} onInput={(e) => setName(e.currentTarget.value)} />
      <button type="submit" data-testid="join-submit" disabled={action.busy}>
        {action.busy ? 'Joining…' : 'Join'}
      </button>
      <ErrorText error={action.error} />
    </form>
  );
}

function FacilitatorForm() {
  const [password, setPassword] = useState('');
  const action = useAction();
  const submit = async (e: Event) => {
    e.preventDefault();
    const result = await action.run(() => api.signInFacilitator(password));
    if (!result) return;
    setPassword('');
    await loadMe();
    navigate('/');
  };
  return (
    <form class="panel card-form" onSubmit={submit} aria-labelledby="fac-title">
      <h2 id="fac-title">Facilitator sign-in</h2>
      <p class="muted">For exercise control.</p>
      <label for="facilitator-password">Password</label>
      <input
        id="facilitator-password"
        data-testid="facilitator-password"
        type="password"
        autocomplete="current-password"
        required
        value={password}
        onInput={(e) => setPassword(e.currentTarget.value)}
      />
      <button type="submit" data-testid="facilitator-submit" disabled={action.busy}>
        {action.busy ? 'Signing in…' : 'Sign in'}
      </button>
      <ErrorText error={action.error} />
    </form>
  );
}

function Library() {
  const [scenarios, setScenarios] = useState<ScenarioSummary[] | null>(null);
  const [exercises, setExercises] = useState<ExerciseSummary[] | null>(null);
  const [names, setNames] = useState<Record<string, string>>({});
  const [created, setCreated] = useState<{ id: string; name: string } | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const action = useAction();

  const reload = async () => {
    try {
      const [s, x] = await Promise.all([api.scenarios(), api.exercises()]);
      setScenarios(s);
      setExercises([...x].sort((a, b) => b.createdAt.localeCompare(a.createdAt)));
      setLoadError(null);
    } catch (e) {
      setLoadError(errorText(e));
    }
  };
  useEffect(() => void reload(), []);

  const create = async (scenario: ScenarioSummary) => {
    if (!scenario.id) return;
    const name = (names[scenario.id] ?? '').trim() || `${scenario.title ?? scenario.id} ${new Date().toLocaleDateString()}`;
    const result = await action.run(() => api.createExercise(scenario.id!, name));
    if (result) {
      setCreated({ id: result.id, name });
      setNames({ ...names, [scenario.id]: '' });
      await reload();
    }
  };

  return (
    <>
      <ErrorText error={loadError} />
      <section class="panel" aria-labelledby="lib-title">
        <h2 id="lib-title">Scenario library</h2>
        {scenarios === null ? (
          <p class="muted">Loading…</p>
        ) : scenarios.length === 0 ? (
          <p class="muted">No scenarios found in the scenarios folder.</p>
        ) : (
          <div class="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">Scenario</th>
                  <th scope="col">Teams</th>
                  <th scope="col">Injects</th>
                  <th scope="col">Duration</th>
                  <th scope="col">Playable</th>
                  <th scope="col">New exercise</th>
                </tr>
              </thead>
              <tbody>
                {scenarios.map((s) => (
                  <tr key={s.file} data-testid={`scenario-row-${s.id ?? s.file}`}>
                    <td>
                      <strong>{s.title ?? s.file}</strong>
                      {s.summary && <div class="muted small">{s.summary}</div>}
                      {s.id && (
                        <a class="small" href={mselUrl(s.id)} download data-testid={`download-msel-${s.id}`}>
                          MSEL (XLSX)
                        </a>
                      )}
                    </td>
                    <td>{s.teams}</td>
                    <td>{s.injects}</td>
                    <td>{s.duration ?? '—'}</td>
                    <td>
                      {s.playable ? (
                        <span class="badge ok">yes</span>
                      ) : (
                        <span class="badge bad">no</span>
                      )}
                      {(s.errors > 0 || s.warnings > 0) && (
                        <div class="muted small">
                          {s.errors} errors, {s.warnings} warnings
                        </div>
                      )}
                    </td>
                    <td>
                      {s.id && (
                        <form
                          class="inline-form"
                          onSubmit={(e) => {
                            e.preventDefault();
                            void create(s);
                          }}
                        >
                          <input
                            aria-label={`Name for a new exercise of ${s.title ?? s.id}`}
                            placeholder="Exercise name"
                            value={names[s.id] ?? ''}
                            onInput={(e) => setNames({ ...names, [s.id!]: e.currentTarget.value })}
                            data-testid={`exercise-name-${s.id}`}
                          />
                          <button type="submit" disabled={!s.playable || action.busy} data-testid={`create-exercise-${s.id}`}>
                            Create exercise
                          </button>
                        </form>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <ErrorText error={action.error} />
        <MselUpload scenarios={scenarios ?? []} onAdded={reload} />
        {created && (
          <p class="notice" role="status">
            Created “{created.name}”. <a href={hrefFor({ name: 'control', id: created.id })}>Open its console</a>
          </p>
        )}
      </section>

      <section class="panel" aria-labelledby="ex-title">
        <div class="panel-head">
          <h2 id="ex-title">Exercises</h2>
          <button type="button" class="secondary" onClick={() => void reload()}>
            Refresh
          </button>
        </div>
        {exercises === null ? (
          <p class="muted">Loading…</p>
        ) : exercises.length === 0 ? (
          <Notice text="No exercises yet. Create one from a scenario above." />
        ) : (
          <div class="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Scenario</th>
                  <th scope="col">State</th>
                  <th scope="col">Created</th>
                  <th scope="col">Review</th>
                </tr>
              </thead>
              <tbody>
                {exercises.map((x) => (
                  <tr key={x.id}>
                    <td>
                      <a href={hrefFor({ name: 'control', id: x.id })} data-testid={`exercise-link-${x.id}`}>
                        {x.name || x.id}
                      </a>
                    </td>
                    <td>{x.scenarioId}</td>
                    <td>
                      <span class={`badge lifecycle-${x.lifecycle}`}>{x.lifecycle}</span>
                    </td>
                    <td>{new Date(x.createdAt).toLocaleString()}</td>
                    <td>
                      <a href={hrefFor({ name: 'review', id: x.id })} data-testid={`review-link-${x.id}`} aria-label={`After-action review of ${x.name || x.id}`}>
                        Review
                      </a>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}

/** Adds a scenario file or an MSEL sheet to the library; a refused file shows every problem at its line or cell. */
function MselUpload({ scenarios, onAdded }: { scenarios: ScenarioSummary[]; onAdded: () => Promise<void> }) {
  const [file, setFile] = useState<File | null>(null);
  const [into, setInto] = useState('');
  const [result, setResult] = useState<string | null>(null);
  const upload = useAction();
  const submit = async (e: Event) => {
    e.preventDefault();
    if (!file) return;
    const added = await upload.run(() => uploadScenario(file, into || null));
    if (added) {
      setResult(`Added “${added.id}”${added.warnings.length > 0 ? ` with ${added.warnings.length} warning(s)` : ''}.`);
      await onAdded();
    }
  };
  return (
    <form class="inline-form" onSubmit={(e) => void submit(e)} aria-label="Upload a scenario or an MSEL sheet">
      <input
        type="file"
        accept=".yaml,.yml,.xlsx,.csv"
        aria-label="Scenario (.yaml) or MSEL sheet (.xlsx, .csv)"
        data-testid="upload-file"
        onChange={(e) => setFile(e.currentTarget.files?.[0] ?? null)}
      />
      <select aria-label="Put a sheet's injects into" value={into} onChange={(e) => setInto(e.currentTarget.value)} data-testid="upload-into">
        <option value="">as a new scenario</option>
        {scenarios
          .filter((s) => s.id)
          .map((s) => (
            <option key={s.id} value={s.id!}>
              into {s.title ?? s.id}
            </option>
          ))}
      </select>
      <button type="submit" disabled={!file || upload.busy} data-testid="upload-submit">
        Upload
      </button>
      {upload.error && <pre class="error small" role="alert">{upload.error}</pre>}
      {result && !upload.error && (
        <span class="notice" role="status">
          {result}
        </span>
      )}
    </form>
  );
}
