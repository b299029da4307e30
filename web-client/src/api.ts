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
  join: (code: string, name: string) =>
    request<{ role: Role; exercise: string; team: string | null }>('POST', '/api/auth/join', { code, name }),
  signOut: () => request<void>('POST', '/api/auth/signout'),

  scenarios: () => request<ScenarioSummary[]>('GET', '/api/scenarios'),
  exercises: () => request<ExerciseSummary[]>('GET', '/api/exercises'),
  createExercise: (scenarioId: string, name: string) => request<{ id: string }>('POST', '/api/exercises', { scenarioId, name }),
  exercise: (id: string) => request<ExerciseView>('GET', `/api/exercises/${encodeURIComponent(id)}`),

  codes: (id: string) => request<JoinCode[]>('GET', `/api/exercises/${encodeURIComponent(id)}/codes`),
  issueCode: (id: string, target: { team: string } | { role: 'observer' | 'evaluator' }) =>
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

/** A GET of any JSON resource, with the same problem-details handling as the calls above. */
export function getJson<T>(url: string): Promise<T> {
  return request<T>('GET', url);
}

export function errorText(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
