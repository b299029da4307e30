import type * as Wire from '../generated/wire';

/** A vote in the review: the option (null for a refusal), who cast it and when. */
export type JointVoteReviewModel = Wire.JointVoteReview;

/** The joint part of a decision in the review (DecisionReview.Joint on the server). */
export type JointDecisionReviewModel = Wire.JointDecisionReview;
