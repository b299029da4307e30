/** The after-action review and replay snapshots as the server sends them (see src/ExerciseServer.Core/Review). */
import type { MapFeature } from '../types';
import type { JointDecisionReviewModel } from './jointReviewTypes';
type TimeSpanString = string;

export interface RatingReview {
  targetKind: string;
  targetId: string;
  rating: string;
  label: string;
  note: string | null;
  by: string;
  gameTime: TimeSpanString;
  wallTime: string;
}

export interface TimelineEntry {
  seq: number;
  gameTime: TimeSpanString;
  wallTime: string;
  kind: string;
  injectId: string | null;
  label: string;
  detail: string | null;
  /** Who in the team did it ("name (role)"), when the event recorded it. */
  by?: string | null;
}

export interface RecipientReview {
  team: string;
  acknowledgedAt: TimeSpanString | null;
  acknowledgeTime: TimeSpanString | null;
  answeredAt: TimeSpanString | null;
  responseTime: TimeSpanString | null;
  responses: string[];
}

export interface InjectReview {
  id: string;
  number: number;
  title: string;
  channel: string;
  from: string;
  status: string;
  adHoc: boolean;
  scheduledAt: TimeSpanString | null;
  releasedAt: TimeSpanString | null;
  releasedByControl: boolean;
  recipients: RecipientReview[];
  expectedActions: string[];
}

export interface ActionReview {
  id: string;
  action: string;
  team: string;
  injectId: string;
  injectNumber: number;
  objectiveId: string | null;
  taskId: string | null;
  startedAt: TimeSpanString | null;
  deadline: TimeSpanString | null;
  status: string;
  judgedAt: TimeSpanString | null;
  timeTaken: TimeSpanString | null;
  rating: RatingReview | null;
}

export interface SectorReview {
  id: string;
  name: string;
  degraded: number;
  disrupted: number;
  failed: number;
  peak: number;
  peakAt: TimeSpanString;
  points: { gameTime: TimeSpanString; inoperability: number }[];
  changes: { gameTime: TimeSpanString; from: string; to: string; inoperability: number }[];
  markers: { gameTime: TimeSpanString; kind: string; id: string; label: string; team: string | null; perturbation: number | null; shock: number | null; recoveryFactor: number | null }[];
}

export interface ObjectiveReview {
  id: string;
  title: string;
  capability: string;
  scale: { code: string; label: string }[];
  rating: RatingReview | null;
  tasks: { id: string; title: string; rating: RatingReview | null }[];
  expectedActions: string[];
  actionsMet: number;
  actionsMissed: number;
  actionsOpen: number;
}

export interface FindingReview {
  id: string;
  kind: 'strength' | 'area-for-improvement';
  objectiveId: string | null;
  text: string;
  by: string;
  gameTime: TimeSpanString;
  wallTime: string;
}

export interface ImprovementReview {
  id: string;
  findingId: string | null;
  action: string;
  owner: string;
  due: string;
  by: string;
  wallTime: string;
}

export interface ExerciseReview {
  exerciseId: string;
  exerciseName: string;
  scenarioId: string;
  title: string;
  summary: string | null;
  storyStart: string;
  plannedDuration: TimeSpanString;
  lifecycle: string;
  endReason: string | null;
  startedAt: string | null;
  endedAt: string | null;
  gameTimeReached: TimeSpanString;
  lastSeq: number;
  figures: {
    injectsPlanned: number;
    injectsReleased: number;
    adHocInjects: number;
    deliveries: number;
    acknowledged: number;
    answered: number;
    medianAcknowledgeTime: TimeSpanString | null;
    medianResponseTime: TimeSpanString | null;
    actionsMet: number;
    actionsMissed: number;
    actionsOpen: number;
    decisionsTaken: number;
    decisionsByDefault: number;
    messages: number;
    observations: number;
  };
  teams: { id: string; name: string; timeline: TimelineEntry[] }[];
  injects: InjectReview[];
  expectedActions: ActionReview[];
  decisions: { id: string; title: string; team: string; presentedAt: TimeSpanString | null; optionId: string | null; optionTitle: string | null; decidedAt: TimeSpanString | null; byDefault: boolean; joint?: JointDecisionReviewModel | null }[];
  sectors: SectorReview[];
  objectives: ObjectiveReview[];
  ratings: RatingReview[];
  observations: { seq: number; gameTime: TimeSpanString; wallTime: string; by: string; text: string; injectId: string | null; team: string | null; objectiveId: string | null }[];
  findings: FindingReview[];
  improvementPlan: ImprovementReview[];
  hotWash: { id: string; question: string; teams: string[]; answers: { team: string; text: string; wallTime: string }[] }[];
  /** The incident map's locations with the injects mentioning each, for the replay's map. */
  locations?: MapFeature[];
}

export interface ExerciseSnapshot {
  seq: number;
  gameTime: TimeSpanString;
  wallTime: string | null;
  lifecycle: string;
  endReason: string | null;
  sectors: { id: string; name: string; inoperability: number; perturbation: number; state: string }[];
  injects: { id: string; number: number; title: string; status: string; releasedAt: TimeSpanString | null; recipients: string[]; acknowledgedBy: string[]; respondedBy: string[] }[];
  expectedActions: { id: string; team: string; status: string; deadline: TimeSpanString | null; judgedAt: TimeSpanString | null }[];
  decisions: { id: string; team: string; presentedAt: TimeSpanString | null; optionId: string | null; decidedAt: TimeSpanString | null; byDefault: boolean }[];
  resources: { team: string; name: string; value: number }[];
  findings: number;
  improvementItems: number;
  hotWashAnswers: number;
}

export interface HotWashQuestion {
  id: string;
  question: string;
  answer: string | null;
  /** The language these words are shown in; differs from the reader's when the scenario has no translation. */
  language?: string | null;
}
