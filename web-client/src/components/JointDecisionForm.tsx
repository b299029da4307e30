import { useState } from 'preact/hooks';
import { DataTable } from './DataTable';
import { ShownIn } from './LanguagePicker';
import { ErrorText } from './Messages';
import { useAction } from '../state/action';
import type { ExerciseStore } from '../state/exercise';
import type { Decision } from '../types';
import { jointOf, type JointEvent, type JointResolution, type JointVote } from '../jointTypes';
import { t } from '../i18n';

/**
 * A decision put to several teams: the rule, every team's vote so far (each team sees the others' votes as they are
 * cast), how it resolved, and — for a team that has not voted while it is open — the options to vote for or a refusal
 * (not for the lead team under the lead rule, whose vote is the decision).
 */
export function JointDecisionForm({ store, decision, team }: { store: ExerciseStore; decision: Decision; team: string | null }) {
  const joint = jointOf(decision)!;
  const events = store.events.value;
  const votes = new Map<string, JointVote>(joint.votes.map((v) => [v.team, v]));
  for (const e of events) {
    if (e.type === 'joint-vote-cast' && e.decisionId === decision.id) {
      votes.set(e.team, { team: e.team, optionId: e.optionId, by: e.by, at: e.gameTime });
    }
  }
  const resolvedEvent = events.find((e): e is Extract<JointEvent, { type: 'joint-decision-resolved' }> => e.type === 'joint-decision-resolved' && e.decisionId === decision.id);
  const resolution: JointResolution | null = resolvedEvent?.how ?? joint.resolution;
  const chosenId = resolvedEvent?.optionId ?? decision.chosen;
  const optionTitle = (id: string | null) => decision.options.find((o) => o.id === id)?.title ?? id ?? '';
  const [option, setOption] = useState<string | null>(null);
  const action = useAction();
  const isParty = team !== null && joint.teams.includes(team);
  const mayVote = isParty && !votes.has(team!) && !resolution && store.lifecycle.value !== 'ended';
  const mayRefuse = !(joint.rule === 'lead' && joint.lead === team);
  const vote = (choice: string | null) =>
    action.run(() => store.hub.command(`joint-vote:${decision.id}`, 'CastJointVote', decision.id, choice));

  return (
    <section class="decision joint-decision" aria-labelledby={`decision-${decision.id}`} data-testid="joint-decision">
      <h3 id={`decision-${decision.id}`}>{t('joint.title', { title: decision.title })}</h3>
      <ShownIn language={decision.language} wanted={store.outline.value?.language} />
      {decision.description && <p>{decision.description}</p>}
      <p class="muted" data-testid="joint-rule">
        {t(`joint.rule.${joint.rule}`, { lead: joint.lead ? store.teamName(joint.lead) : '' })}
      </p>
      <DataTable
        class="joint-votes"
        caption={t('joint.votes')}
        showCaption
        wrap={false}
        rows={joint.teams}
        rowKey={(party) => party}
        rowAttributes={(party) => ({ 'data-testid': `joint-vote-${party}` })}
        columns={[
          { key: 'team', header: t('joint.team'), rowHeader: true, cell: (party) => `${store.teamName(party)}${joint.lead === party ? ` ${t('joint.leadMark')}` : ''}` },
          {
            key: 'vote',
            header: t('joint.vote'),
            cell: (party) => {
              const cast = votes.get(party);
              return (
                <>
                  {!cast ? (
                    <span class="muted">{t('joint.notYet')}</span>
                  ) : cast.optionId === null ? (
                    <strong>{t('joint.refused')}</strong>
                  ) : (
                    <strong>{optionTitle(cast.optionId)}</strong>
                  )}
                  {cast?.by ? <span class="muted small"> — {cast.by}</span> : null}
                </>
              );
            },
          },
        ]}
      />
      {resolution && (
        <p class="decided" data-testid="joint-resolution">
          {t('participant.decided')} <strong>{optionTitle(chosenId)}</strong> {t(`joint.resolution.${resolution}`)}
        </p>
      )}
      {mayVote && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (option) void vote(option);
          }}
        >
          <fieldset>
            <legend>{t('joint.castVote', { team: store.teamName(team!) })}</legend>
            {decision.options.map((o) => (
              <label class="option" key={o.id}>
                <input
                  type="radio"
                  name={`joint-${decision.id}`}
                  value={o.id}
                  checked={option === o.id}
                  onChange={() => setOption(o.id)}
                  data-testid={`joint-option-${o.id}`}
                />
                <span>
                  <strong>{o.title}</strong>
                  {o.description && <span class="muted"> — {o.description}</span>}
                </span>
              </label>
            ))}
          </fieldset>
          <button type="submit" data-testid="joint-vote" disabled={!option || action.busy}>
            {t('joint.voteButton')}
          </button>{' '}
          {mayRefuse && (
            <button type="button" class="secondary" data-testid="joint-refuse" disabled={action.busy} onClick={() => void vote(null)}>
              {t('joint.refuseButton')}
            </button>
          )}
          <ErrorText error={action.error} />
        </form>
      )}
    </section>
  );
}
