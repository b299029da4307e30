import type * as Wire from './generated/wire';
import type { Decision } from './types';

/** The rule a joint decision is decided by; see the authoring guide's "Joint decisions". */
export type JointRule = Wire.JointDecisionDetail['rule'];

/** How a joint decision resolved: agreed (all), majority, lead, not-agreed (default at once) or deadline (default). */
export type JointResolution = Wire.JointDecisionResolved['how'];

/** One team's vote; `optionId` null is a refusal. */
export type JointVote = Wire.JointVoteDetail;

/** The joint part of a decision put to several teams. */
export type JointDecision = Wire.JointDecisionDetail;

/** The joint terms of a decision, or null for a decision of one team. */
export function jointOf(decision: Decision): JointDecision | null {
  return decision.joint ?? null;
}

/** Event types of joint decisions, for refreshing the inbox and for the feeds. */
export const JOINT_EVENT_TYPES = new Set(['joint-vote-cast', 'joint-decision-resolved']);

/** A joint-decision event: `joint-vote-cast` (team, optionId or null for a refusal, by) or `joint-decision-resolved` (optionId, how). */
export type JointEvent = Wire.JointVoteCast | Wire.JointDecisionResolved;
