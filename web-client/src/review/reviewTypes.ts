/** The after-action review and replay snapshots as the server sends them: generated from src/ExerciseServer.Core/Review (see ../generated/wire.ts). */
import type * as Wire from '../generated/wire';

export type RatingReview = Wire.RatingReview;
export type TimelineEntry = Wire.TimelineEntry;
export type RecipientReview = Wire.RecipientReview;
export type InjectReview = Wire.InjectReview;
export type ActionReview = Wire.ActionReview;
export type SectorReview = Wire.SectorReview;
export type ObjectiveReview = Wire.ObjectiveReview;
export type FindingReview = Wire.FindingReview;
export type ImprovementReview = Wire.ImprovementReview;
export type ExerciseReview = Wire.ExerciseReview;
export type ExerciseSnapshot = Wire.ExerciseSnapshot;
export type HotWashQuestion = Wire.HotWashQuestionView;
