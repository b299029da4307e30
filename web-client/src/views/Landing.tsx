import { useEffect, useState } from 'preact/hooks';
import { api, errorText, mselUrl, uploadScenario } from '../api';
import { DataTable } from '../components/DataTable';
import { UiLanguagePicker } from '../components/LanguagePicker';
import { ErrorText, Notice } from '../components/Messages';
import { languageName, t, uiLanguage } from '../i18n';
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
        <div class="who">
          {who && (
            <>
              <span>
                {t('landing.signedInAs')}{' '}
                <strong>{who.role === 'control' ? t('landing.facilitator') : `${who.name ?? ''} (${t(`roles.${who.role}`)})`}</strong>
              </span>
              <button type="button" class="secondary" onClick={() => void signOut()}>
                {t('common.signOut')}
              </button>
            </>
          )}
          <UiLanguagePicker />
        </div>
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
  const [language, setLanguage] = useState('');
  const action = useAction();
  const submit = async (e: Event) => {
    e.preventDefault();
    const result = await action.run(() => api.join(code.trim(), name.trim(), language || null));
    if (!result) return;
    const who = await loadMe();
    navigate(who ? homeFor(who) : result.role === 'player' ? `/play/${result.exercise}` : `/observe/${result.exercise}`);
  };
  return (
    <form class="panel card-form" onSubmit={submit} aria-labelledby="join-title">
      <h2 id="join-title">{t('landing.join.title')}</h2>
      <p class="muted">{t('landing.join.hint')}</p>
      <label for="join-code">{t('landing.join.code')}</label>
      <input
        id="join-code"
        data-testid="join-code"
        autocomplete="off"
        autocapitalize="characters"
        required
        value={code}
        onInput={(e) => setCode(e.currentTarget.value)}
      />
      <label for="join-name">{t('landing.join.name')}</label>
      <input id="join-name" data-testid="join-name" autocomplete="name" required maxLength={80} value={name} onInput={(e) => setName(e.currentTarget.value)} />
      <label for="join-language">{t('landing.join.language')}</label>
      <select id="join-language" data-testid="join-language" value={language} onChange={(e) => setLanguage(e.currentTarget.value)}>
        <option value="">{t('landing.join.mainLanguage')}</option>
        {EXERCISE_LANGUAGES.map((l) => (
          <option key={l} value={l} lang={l}>
            {languageName(l)}
            {l !== uiLanguage.value ? ` (${languageName(l, uiLanguage.value)})` : ''}
          </option>
        ))}
      </select>
      <p class="muted small">{t('landing.join.languageHint')}</p>
      <button type="submit" data-testid="join-submit" disabled={action.busy}>
        {action.busy ? t('landing.join.joining') : t('landing.join.submit')}
      </button>
      <ErrorText error={action.error} />
    </form>
  );
}

/**
 * Languages a scenario may be written in: the EU's official languages and those of the other NATO members. The
 * server accepts only the exercise's own and says which they are when another is chosen.
 */
const EXERCISE_LANGUAGES = [
  'en', 'fr', 'de', 'fi', 'sv', 'et', 'lv', 'lt', 'pl', 'da', 'nl', 'es', 'pt', 'it', 'el', 'cs', 'sk', 'sl', 'hr',
  'hu', 'ro', 'bg', 'ga', 'mt', 'no', 'is', 'tr', 'sq', 'mk', 'uk',
];

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
      <h2 id="fac-title">{t('landing.facilitatorForm.title')}</h2>
      <p class="muted">{t('landing.facilitatorForm.hint')}</p>
      <label for="facilitator-password">{t('landing.facilitatorForm.password')}</label>
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
        {action.busy ? t('landing.facilitatorForm.signingIn') : t('landing.facilitatorForm.submit')}
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
        <h2 id="lib-title">{t('library.title')}</h2>
        {scenarios === null ? (
          <p class="muted">{t('common.loading')}</p>
        ) : scenarios.length === 0 ? (
          <p class="muted">{t('library.none')}</p>
        ) : (
          <DataTable
            caption={t('library.title')}
            columns={[
              {
                key: 'scenario',
                header: t('library.scenario'),
                cell: (s) => (
                  <>
                    <strong>{s.title ?? s.file}</strong>
                    {s.summary && <div class="muted small">{s.summary}</div>}
                    {s.id && (
                      <a class="small" href={mselUrl(s.id)} download data-testid={`download-msel-${s.id}`}>
                        {t('library.msel')}
                      </a>
                    )}
                  </>
                ),
              },
              { key: 'teams', header: t('library.teams'), cell: (s) => s.teams },
              { key: 'injects', header: t('library.injects'), cell: (s) => s.injects },
              { key: 'duration', header: t('library.duration'), cell: (s) => s.duration ?? '—' },
              {
                key: 'playable',
                header: t('library.playable'),
                cell: (s) => (
                  <>
                    {s.playable ? <span class="badge ok">{t('common.yes')}</span> : <span class="badge bad">{t('common.no')}</span>}
                    {(s.errors > 0 || s.warnings > 0) && <div class="muted small">{t('library.problems', { errors: s.errors, warnings: s.warnings })}</div>}
                  </>
                ),
              },
              {
                key: 'create',
                header: t('library.newExercise'),
                cell: (s) =>
                  s.id && (
                    <form
                      class="inline-form"
                      onSubmit={(e) => {
                        e.preventDefault();
                        void create(s);
                      }}
                    >
                      <input
                        aria-label={t('library.nameFor', { scenario: s.title ?? s.id })}
                        placeholder={t('library.exerciseName')}
                        value={names[s.id] ?? ''}
                        onInput={(e) => setNames({ ...names, [s.id!]: e.currentTarget.value })}
                        data-testid={`exercise-name-${s.id}`}
                      />
                      <button type="submit" disabled={!s.playable || action.busy} data-testid={`create-exercise-${s.id}`}>
                        {t('library.create')}
                      </button>
                    </form>
                  ),
              },
            ]}
            rows={scenarios}
            rowKey={(s) => s.file}
            rowAttributes={(s) => ({ 'data-testid': `scenario-row-${s.id ?? s.file}` })}
          />
        )}
        <ErrorText error={action.error} />
        <MselUpload scenarios={scenarios ?? []} onAdded={reload} />
        {created && (
          <p class="notice" role="status">
            {t('library.created', { name: created.name })} <a href={hrefFor({ name: 'control', id: created.id })}>{t('library.openConsole')}</a>
          </p>
        )}
      </section>

      <section class="panel" aria-labelledby="ex-title">
        <div class="panel-head">
          <h2 id="ex-title">{t('library.exercises')}</h2>
          <button type="button" class="secondary" onClick={() => void reload()}>
            {t('library.refresh')}
          </button>
        </div>
        {exercises === null ? (
          <p class="muted">{t('common.loading')}</p>
        ) : exercises.length === 0 ? (
          <Notice text={t('library.noExercises')} />
        ) : (
          <DataTable
            caption={t('library.exercises')}
            columns={[
              {
                key: 'name',
                header: t('library.name'),
                cell: (x) => (
                  <a href={hrefFor({ name: 'control', id: x.id })} data-testid={`exercise-link-${x.id}`}>
                    {x.name || x.id}
                  </a>
                ),
              },
              { key: 'scenario', header: t('library.scenario'), cell: (x) => x.scenarioId },
              { key: 'state', header: t('library.state'), cell: (x) => <span class={`badge lifecycle-${x.lifecycle}`}>{x.lifecycle}</span> },
              { key: 'created', header: t('library.createdAt'), cell: (x) => new Date(x.createdAt).toLocaleString() },
              {
                key: 'review',
                header: t('library.review'),
                cell: (x) => (
                  <a href={hrefFor({ name: 'review', id: x.id })} data-testid={`review-link-${x.id}`} aria-label={t('library.reviewOf', { name: x.name || x.id })}>
                    {t('library.review')}
                  </a>
                ),
              },
            ]}
            rows={exercises}
            rowKey={(x) => x.id}
          />
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
      setResult(added.warnings.length > 0 ? t('upload.addedWithWarnings', { id: added.id, count: added.warnings.length }) : t('upload.added', { id: added.id }));
      await onAdded();
    }
  };
  return (
    <form class="inline-form" onSubmit={(e) => void submit(e)} aria-label={t('upload.label')}>
      <input
        type="file"
        accept=".yaml,.yml,.xlsx,.csv"
        aria-label={t('upload.file')}
        data-testid="upload-file"
        onChange={(e) => setFile(e.currentTarget.files?.[0] ?? null)}
      />
      <select aria-label={t('upload.into')} value={into} onChange={(e) => setInto(e.currentTarget.value)} data-testid="upload-into">
        <option value="">{t('upload.asNew')}</option>
        {scenarios
          .filter((s) => s.id)
          .map((s) => (
            <option key={s.id} value={s.id!}>
              {t('upload.intoScenario', { scenario: s.title ?? s.id })}
            </option>
          ))}
      </select>
      <button type="submit" disabled={!file || upload.busy} data-testid="upload-submit">
        {t('upload.submit')}
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
