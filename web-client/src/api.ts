import type * as Wire from './generated/wire';
import type { ExerciseSummary, ExerciseView, IssuedCode, JoinCode, Me, Problem, Role, ScenarioSummary } from './types';

/** An HTTP failure carrying the problem-details text meant for the user. */
export class ApiError extends Error {
  constructor(
    public readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

async function request<T>(method: string, url: string, body?: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      credentials: 'same-origin',
      headers: body === undefined ? { Accept: 'application/json' } : { Accept: 'application/json', 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, 'The server could not be reached. Check your connection and try again.');
  }
  if (!response.ok) {
    let message = `${response.status} ${response.statusText}`.trim();
    try {
      const problem = (await response.json()) as Problem;
      message = problem.detail || problem.title || message;
    } catch {
      // not JSON: keep the status line
    }
    if (response.status === 401 && message.startsWith('401')) message = 'Not signed in, or the code or password was not accepted.';
    throw new ApiError(response.status, message);
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

export const api = {
  me: () => request<Me>('GET', '/api/auth/me'),
  signInFacilitator: (password: string) => request<{ role: Role }>('POST', '/api/auth/facilitator', { password }),
  join: (code: string, name: string, language: string | null = null) =>
    request<{ role: Role; exercise: string; team: string | null; language: string | null }>('POST', '/api/auth/join', { code, name, language }),
  /** The language this sign-in reads the scenario in; the server re-issues the session's cookie with it. */
  setLanguage: (language: string | null) => request<{ language: string | null }>('POST', '/api/auth/language', { language }),
  signOut: () => request<void>('POST', '/api/auth/signout'),

  scenarios: () => request<ScenarioSummary[]>('GET', '/api/scenarios'),
  exercises: () => request<ExerciseSummary[]>('GET', '/api/exercises'),
  createExercise: (scenarioId: string, name: string) => request<{ id: string }>('POST', '/api/exercises', { scenarioId, name }),
  exercise: (id: string) => request<ExerciseView>('GET', `/api/exercises/${encodeURIComponent(id)}`),

  codes: (id: string) => request<JoinCode[]>('GET', `/api/exercises/${encodeURIComponent(id)}/codes`),
  issueCode: (id: string, target: { team: string; teamRole?: string } | { role: 'observer' | 'evaluator' }) =>
    request<IssuedCode>('POST', `/api/exercises/${encodeURIComponent(id)}/codes`, target),
  createApiToken: () => request<{ token: string }>('POST', '/api/auth/tokens'),
  revokeCode: (id: string, codeId: string) =>
    request<void>('POST', `/api/exercises/${encodeURIComponent(id)}/codes/${encodeURIComponent(codeId)}/revoke`),
  /** Revokes the code (ending its sessions) and issues a new one for the same team or role. */
  reissueCode: (id: string, codeId: string) =>
    request<IssuedCode>('POST', `/api/exercises/${encodeURIComponent(id)}/codes/${encodeURIComponent(codeId)}/reissue`),
  endSession: (id: string, session: string) =>
    request<void>('POST', `/api/exercises/${encodeURIComponent(id)}/sessions/${encodeURIComponent(session)}/end`),
};

/** Where control downloads a library scenario's MSEL as a workbook. */
export function mselUrl(scenarioId: string): string {
  return `/api/scenarios/${encodeURIComponent(scenarioId)}/msel.xlsx`;
}

/** Where control reads a library scenario's inject flow as a Mermaid document (the one `graph` prints). */
export function flowUrl(scenarioId: string): string {
  return `/api/scenarios/${encodeURIComponent(scenarioId)}/flow`;
}

/** The inject flow as Mermaid text; a refusal carries the server's problem details. */
export async function fetchFlow(scenarioId: string): Promise<string> {
  let response: Response;
  try {
    response = await fetch(flowUrl(scenarioId), { credentials: 'same-origin', headers: { Accept: 'text/vnd.mermaid, application/problem+json' } });
  } catch {
    throw new ApiError(0, 'The server could not be reached. Check your connection and try again.');
  }
  if (!response.ok) {
    const problem = (await response.json().catch(() => ({}))) as Problem;
    throw new ApiError(response.status, problem.detail || problem.title || `${response.status} ${response.statusText}`);
  }
  return response.text();
}

/** One problem the server found in an uploaded scenario or sheet, located at its line or cell. */
export type UploadProblem = Omit<Wire.UploadProblem, 'severity'> & { severity: 'error' | 'warning' };

/**
 * Adds a scenario (.yaml) or an MSEL sheet (.xlsx, .csv) to the library; `into` puts a sheet's injects into a library
 * scenario. The file is the raw body, so the browser sends it only after a CORS preflight. A refusal lists every problem.
 */
export async function uploadScenario(file: File, into: string | null): Promise<{ id: string; warnings: UploadProblem[] }> {
  const query = new URLSearchParams({ name: file.name });
  if (into) query.set('into', into);
  let response: Response;
  try {
    response = await fetch(`/api/scenarios/upload?${query}`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { Accept: 'application/json', 'Content-Type': 'application/octet-stream' },
      body: file,
    });
  } catch {
    throw new ApiError(0, 'The server could not be reached. Check your connection and try again.');
  }
  const body = (await response.json().catch(() => ({}))) as Problem & { id?: string; warnings?: UploadProblem[]; errors?: UploadProblem[] };
  if (!response.ok) {
    const lines = (body.errors ?? []).filter((e) => e.severity === 'error').map((e) => e.text);
    throw new ApiError(response.status, [body.title ?? `${response.status} ${response.statusText}`, ...lines].join('\n'));
  }
  return { id: body.id ?? '', warnings: body.warnings ?? [] };
}

/** A GET of any JSON resource, with the same problem-details handling as the calls above. */
export function getJson<T>(url: string): Promise<T> {
  return request<T>('GET', url);
}

export function errorText(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
