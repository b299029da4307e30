/**
 * Shapes of the server's JSON (camelCase). The records the hub and HTTP send are generated from the server's C#
 * (src/generated/wire.ts, `npm run gen:types`); this file names them for the client (problem details are
 * RFC 9457's, not the server's records). TimeSpans arrive as strings like "1.02:00:00".
 */
import type * as Wire from './generated/wire';

export type TimeSpanString = string;

export interface Problem {
  title?: string;
  detail?: string;
  status?: number;
}

export type Role = 'control' | 'player' | 'observer' | 'evaluator';

/** GET /api/auth/me: the generated record, with the role narrowed to the four the server signs in. */
export type Me = Omit<Wire.SignedInUser, 'role'> & { role: Role };

/** GET /api/scenarios: one file of the library. */
export type ScenarioSummary = Wire.ScenarioSummary;

/** The answer to issuing a code: the only time its text is shown. */
export type IssuedCode = Wire.IssuedCodeAnswer;

export type ExerciseSummary = Wire.ExerciseSummary;
export type ClockView = Wire.ClockView;
export type SectorView = Wire.SectorView;
export type InjectView = Wire.InjectView;
export type ExerciseView = Wire.ExerciseView;
export type JoinCode = Wire.JoinCode;
export type HubSnapshot = Omit<Wire.HubSnapshot, 'role'> & { role: Role };
export type PresenceEntry = Omit<Wire.PresenceEntry, 'role'> & { role: Role };
export type NamedItem = Wire.NamedItem;
export type SectorOutline = Wire.SectorOutline;
export type SectorHistory = Wire.SectorHistory;
export type Outline = Wire.ExerciseOutline;
export type RoleBriefing = Wire.RoleBriefing;
export type ObjectiveOutline = Wire.ObjectiveOutline;
export type ActionOutline = Wire.ActionOutline;
export type DecisionOption = Wire.OptionDetail;
export type Decision = Wire.DecisionDetail;
export type InjectDetail = Wire.InjectDetail;
export type MapFeature = Wire.MapFeature;
export type CommandOutcome = Wire.CommandOutcome;
export type RejectionCode = NonNullable<Wire.CommandOutcome['code']>;
export type Audience = Wire.EventAudience;
export type InjectStatus = Wire.InjectView['status'];
export type SectorState = Wire.SectorView['state'];
export type Lifecycle = Wire.ExerciseView['lifecycle'];

/** Any event: a union tagged by `type`; narrow on it to read the type's own fields. */
export type ExerciseEvent = Wire.ExerciseEvent;
export type EventType = ExerciseEvent['type'];
/** The event of one type. */
export type EventOf<T extends EventType> = Extract<ExerciseEvent, { type: T }>;

export type Channel = 'email' | 'news' | 'social' | 'phone' | 'sitrep' | 'sector_alert' | 'briefing';

export const CHANNELS: Channel[] = ['email', 'news', 'social', 'phone', 'sitrep', 'sector_alert', 'briefing'];
