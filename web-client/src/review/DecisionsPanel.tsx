import type { StoryFrame } from '../clock';
import { DataTable } from '../components/DataTable';
import { moment } from './format';
import { JointDecisionVotes } from './JointDecisionReview';
import type { ExerciseReview } from './reviewTypes';

/** Every decision: when it was put to the team, what it chose and when, and whether the default applied. */
export function DecisionsPanel({ review, teamName, frame }: { review: ExerciseReview; teamName: (id: string) => string; frame: StoryFrame | null }) {
  return (
    <section class="panel wide" aria-labelledby="decisions-title" data-testid="review-decisions">
      <h2 id="decisions-title">Decisions</h2>
      {review.decisions.length === 0 ? (
        <p class="muted">None in this scenario.</p>
      ) : (
        <DataTable
          class="review-table"
          caption="Decisions"
          columns={[
            { key: 'title', header: 'Decision', cell: (d) => d.title },
            { key: 'team', header: 'Team', cell: (d) => (d.joint ? d.joint.teams.map(teamName).join(', ') : teamName(d.team)) },
            { key: 'presented', header: 'Put to the team', cell: (d) => (d.presentedAt ? moment(frame, d.presentedAt) : <span class="muted">not yet</span>) },
            {
              key: 'choice',
              header: 'Choice',
              cell: (d) => (
                <>
                  {d.optionTitle ?? d.optionId ?? <span class="muted">not decided</span>}
                  {d.byDefault && <span class="badge status-held"> by default</span>}
                </>
              ),
            },
            { key: 'decided', header: 'Decided', cell: (d) => (d.decidedAt ? moment(frame, d.decidedAt) : '–') },
          ]}
          rows={review.decisions}
          rowKey={(d) => d.id}
          rowAttributes={(d) => ({ 'data-testid': `decision-${d.id}` })}
        />
      )}
      {review.decisions.map((d) => d.joint && <JointDecisionVotes key={d.id} id={d.id} joint={d.joint} teamName={teamName} frame={frame} />)}
    </section>
  );
}
