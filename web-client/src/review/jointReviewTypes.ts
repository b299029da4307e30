import type { TimeSpanString } from '../types';

/** A vote in the review: the option (null for a refusal), who cast it and when. */
export interface JointVoteReviewModel {
  team: string;
  optionId: string | null;
  optionTitle: string | null;
  by: string | null;
  gameTime: TimeSpanString;
}

/** The joint part of a decision in the review (DecisionReview.Joint on the server). */
export interface JointDecisionReviewModel {
  teams: string[];
  rule: string;
  lead: string | null;
  votes: JointVoteReviewModel[];
  resolution: string | null;
}
