import { useState } from 'preact/hooks';
import { api, errorText } from '../api';
import { ErrorText } from './Messages';

/** Creates an API token for scripts; the server keeps only its hash, so it is shown here once. */
export function ApiTokenPanel() {
  const [token, setToken] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const create = () =>
    api
      .createApiToken()
      .then((created) => {
        setToken(created.token);
        setError(null);
      })
      .catch((e: unknown) => setError(errorText(e)));
  return (
    <section class="panel" aria-labelledby="token-title">
      <h2 id="token-title">API token</h2>
      <p class="muted small">For scripts: send it as <code>Authorization: Bearer …</code>. It is shown only once.</p>
      <button type="button" data-testid="create-api-token" onClick={create}>
        Create a token
      </button>
      {token && (
        <p>
          <code data-testid="api-token">{token}</code>
        </p>
      )}
      <ErrorText error={error} />
    </section>
  );
}
