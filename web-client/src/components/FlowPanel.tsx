import { useState } from 'preact/hooks';
import { errorText, fetchFlow, flowUrl } from '../api';
import { drawDiagram } from '../flow/drawDiagram';
import { ErrorText } from './Messages';

type Picture = { kind: 'none' } | { kind: 'drawing' } | { kind: 'shown'; url: string } | { kind: 'failed'; message: string };

/**
 * The scenario's inject flow as a picture: phase lanes, each inject with its story time, what releases what. Drawn
 * on request, since the diagram library is large and loads only then.
 */
export function FlowPanel({ scenarioId }: { scenarioId: string }) {
  const [picture, setPicture] = useState<Picture>({ kind: 'none' });

  async function draw() {
    setPicture({ kind: 'drawing' });
    try {
      setPicture({ kind: 'shown', url: await drawDiagram(await fetchFlow(scenarioId)) });
    } catch (error) {
      setPicture({ kind: 'failed', message: errorText(error) });
    }
  }

  return (
    <section class="panel wide flow-panel" aria-labelledby="flow-title">
      <div class="panel-head">
        <h2 id="flow-title">Inject flow</h2>
        <div class="flow-actions">
          <a href={flowUrl(scenarioId)} download={`${scenarioId}-flow.mmd`} class="secondary-link" data-testid="download-flow">
            Mermaid source
          </a>
          <button type="button" onClick={() => void draw()} disabled={picture.kind === 'drawing'} data-testid="show-flow">
            {picture.kind === 'shown' ? 'Draw again' : picture.kind === 'drawing' ? 'Drawing…' : 'Draw the inject flow'}
          </button>
        </div>
      </div>
      {picture.kind === 'none' && <p class="muted small">What releases what, phase by phase, with each inject's story time.</p>}
      {picture.kind === 'failed' && <ErrorText error={picture.message} />}
      {picture.kind === 'shown' && (
        <div class="flow-picture">
          <img src={picture.url} alt={`Inject flow of scenario ${scenarioId}`} data-testid="flow-picture" />
        </div>
      )}
    </section>
  );
}
