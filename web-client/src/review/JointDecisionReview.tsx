import type { StoryFrame } from '../clock';
import type { JointDecisionReviewModel } from './jointReviewTypes';
import { moment } from './format';

const RULES: Record<string, string> = {
  all: 'all must agree',
  majority: 'majority',
  lead: 'lead decides',
};

const RESOLUTIONS: Record<string, string> = {
  agreed: 'all teams agreed',
  majority: 'by majority',
  lead: 'decided by the lead team',
  'not-agreed': 'no agreement: default applied',
  deadline: 'time ran out: default applied',
};

/** Under a joint decision's row in the review: its rule, every team's vote (or refusal), who cast it and when, and how it resolved. */
export function JointDecisionVotes({ id, joint, teamName, frame }: { id: string; joint: JointDecisionReviewModel; teamName: (team: string) => string; frame: StoryFrame | null }) {
  return (
    <div class="joint-review small" data-testid={`joint-votes-${id}`}>
      <p>
        Joint decision of {joint.teams.map(teamName).join(', ')} · rule: {RULES[joint.rule] ?? joint.rule}
        {joint.lead ? ` (${teamName(joint.lead)})` : ''} ·{' '}
        <strong data-testid={`joint-resolution-${id}`}>{joint.resolution ? RESOLUTIONS[joint.resolution] ?? joint.resolution : 'open'}</strong>
      </p>
      {joint.votes.length === 0 ? (
        <p class="muted">No votes cast.</p>
      ) : (
        <ul>
          {joint.votes.map((v) => (
            <li key={v.team} data-testid={`joint-vote-${id}-${v.team}`}>
              {teamName(v.team)}: <strong>{v.optionId === null ? 'refused' : v.optionTitle ?? v.optionId}</strong>
              {v.by ? ` — ${v.by}` : ''} <span class="muted">({moment(frame, v.gameTime)})</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
