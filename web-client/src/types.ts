/** Shapes of the server's JSON (camelCase). TimeSpans arrive as strings like "1.02:00:00". */

export type TimeSpanString = string;

export interface Problem {
  title?: string;
  detail?: string;
  status?: number;
}

export type Role = 'control' | 'player' | 'observer' | 'evaluator';

export interface Me {
  role: Role;
  exercise: string | null;
  team: string | null;
  name: string | null;
  /** The language this sign-in reads the scenario in; null for the scenario's main one. */
  language?: string | null;
}

export interface ScenarioSummary {
  id: string | null;
  title: string | null;
  summary: string | null;
  file: string;
  playable: boolean;
  errors: number;
  warnings: number;
  teams: number;
  injects: number;
  /** Already formatted by the server (e.g. "6h"). */
  duration: string | null;
}

export interface ExerciseSummary {
  id: string;
  name: string;
  scenarioId: string;
  lifecycle: string;
  createdAt: string;
}

export interface ClockView {
  gameTime: TimeSpanString;
  /** ISO-8601 with the scenario's own offset, e.g. "2027-01-18T13:41:00+02:00". */
  storyTime: string;
  gameMinutesPerMinute: number;
  running: boolean;
  duration: TimeSpanString;
  /** The scenario's zone label, "UTC+02:00" or "Europe/Helsinki UTC+02:00". */
  storyZone: string;
}

export interface SectorView {
  id: string;
  name: string;
  inoperability: number;
  perturbation: number;
  state: string;
}

export interface InjectView {
  id: string;
  number: number;
  title: string;
  status: string;
  releasedAt: TimeSpanString | null;
  recipients: string[];
  acknowledgedBy: string[];
  respondedBy: string[];
}

export interface ExerciseView {
  id: string;
  name: string;
  scenarioId: string;
  lifecycle: string;
  endReason: string | null;
  clock: ClockView;
  lastSeq: number;
  sectors: SectorView[];
  injects: InjectView[];
  hostedOn: string | null;
}

/** A join code as listed: by id only; its text is shown once, when issued. */
export interface JoinCode {
  id: string;
  exerciseId: string;
  role: string;
  team: string | null;
  /** The role in the team the code signs in to, if it was issued for one. */
  teamRole?: string | null;
  revoked: boolean;
  createdAt: string;
}

/** The answer to issuing a code: the only time its text is shown. */
export interface IssuedCode {
  code: string;
  id: string;
  role: string;
  team: string | null;
  teamRole?: string | null;
}

export interface HubSnapshot {
  exerciseId: string;
  name: string;
  role: Role;
  team: string | null;
  lifecycle: string;
  clock: ClockView;
  lastSeq: number;
  sectors: SectorView[];
  injects: InjectView[];
}

/** One open connection to an exercise (control's "who is connected"). */
export interface PresenceEntry {
  connectionId: string;
  name: string;
  role: Role;
  team: string | null;
  since: string;
  /** The sign-in behind this connection; control can end it. */
  session?: string | null;
  /** The server node holding the socket (cluster mode). */
  node?: string | null;
  /** Set when the node holding this person's socket died and they have not reconnected yet (not a sign-out). */
  dropped?: string | null;
}

export interface NamedItem {
  id: string;
  name: string;
  /** The language these words are shown in; differs from the reader's when the scenario has no translation. */
  language?: string | null;
}

export interface SectorOutline extends NamedItem {
  degraded: number;
  disrupted: number;
  failed: number;
}

export interface Outline {
  title: string;
  summary: string | null;
  storyStart: string;
  duration: TimeSpanString;
  teams: NamedItem[];
  sectors: SectorOutline[];
  phases: NamedItem[];
  objectives: ObjectiveOutline[];
  expectedActions: ActionOutline[];
  /** The map locations this reader may see when it asked (control: all). */
  locations?: MapFeature[];
  /** Role briefings the viewer may read: a participant its own role's, staff every one. */
  briefings?: RoleBriefing[] | null;
  /** Team roles as recipients (id `team/role`): staff see every team's, a participant its own team's. */
  roles?: NamedItem[] | null;
  /** The scenario's languages, main first, and the one this reader reads it in. */
  languages?: string[];
  language?: string;
}

export interface RoleBriefing {
  team: string;
  role: string;
  roleName: string;
  markdown: string;
}

/** An objective for evaluators; `scale` lists rating codes (id) and labels (name), best first. */
export interface ObjectiveOutline {
  id: string;
  title: string;
  capability: string;
  tasks: NamedItem[];
  scale: NamedItem[];
}

export interface ActionOutline {
  id: string;
  action: string;
  team: string;
  injectId: string;
}

export interface DecisionOption {
  id: string;
  title: string;
  description: string | null;
  /** The language these words are shown in; differs from the reader's when the scenario has no translation. */
  language?: string | null;
}

export interface Decision {
  id: string;
  title: string;
  description: string | null;
  by: string;
  within: TimeSpanString | null;
  options: DecisionOption[];
  chosen: string | null;
  /** The language these words are shown in; differs from the reader's when the scenario has no translation. */
  language?: string | null;
}

export type Channel = 'email' | 'news' | 'social' | 'phone' | 'sitrep' | 'sector_alert' | 'briefing';

export const CHANNELS: Channel[] = ['email', 'news', 'social', 'phone', 'sitrep', 'sector_alert', 'briefing'];

export interface InjectDetail {
  id: string;
  number: number;
  title: string;
  body: string;
  channel: Channel | string;
  from: string | null;
  sector: string | null;
  phase: string | null;
  recipients: string[];
  status: string;
  releasedAt: TimeSpanString | null;
  decision: Decision | null;
  expectedActions: string[];
  onDemand: boolean;
  trigger: string | null;
  notes: string | null;
  /** Names of the inject's media files, served at /api/exercises/{id}/media/{name}. */
  media: string[];
  /** The language these words are shown in; differs from the reader's when the scenario has no translation. */
  language?: string | null;
  /** Control only: the game time it fell or will fall due; null while nothing has scheduled it. */
  dueAt?: TimeSpanString | null;
  /** The map locations the inject mentions. */
  locations?: MapFeature[];
}

/**
 * A scenario location for the incident map, GeoJSON-like: `coordinates` are [longitude, latitude] pairs (one for a
 * point, an area's ring closed); `injects` are the injects mentioning it that this reader may see.
 */
export interface MapFeature {
  id: string;
  name: string;
  kind: 'point' | 'line' | 'area' | string;
  category: string | null;
  description: string | null;
  coordinates: number[][];
  injects: string[];
}

export type RejectionCode = 'not-found' | 'forbidden' | 'conflict' | 'invalid' | 'too-many' | 'unavailable';

export interface CommandOutcome {
  accepted: boolean;
  duplicate: boolean;
  rejection: string | null;
  /** Why it was refused, for programs; `rejection` is the text for people. */
  code?: RejectionCode | null;
  /** The refusal is a different command under an idempotency key already used. */
  keyReused?: boolean;
  events: ExerciseEvent[];
}

export interface Audience {
  allPlayers: boolean;
  observers: boolean;
  teams: string[];
}

/** Any event; the type-specific fields are optional and read by type. */
export interface ExerciseEvent {
  type: string;
  seq: number;
  gameTime: TimeSpanString;
  wallTime: string;
  audience?: Audience;
  commandKey?: string | null;
  scenarioId?: string;
  reason?: string;
  gameMinutesPerMinute?: number;
  from?: string;
  to?: string | string[] | TimeSpanString;
  injectId?: string;
  byControl?: boolean;
  team?: string;
  text?: string;
  channel?: string;
  title?: string;
  body?: string;
  decisionId?: string;
  optionId?: string;
  byDefault?: boolean;
  actionId?: string;
  after?: TimeSpanString;
  sector?: string;
  delta?: number;
  inoperability?: number;
  perturbation?: number;
  by?: string;
  objectiveId?: string | null;
  targetKind?: string;
  targetId?: string;
  rating?: string;
  note?: string | null;
  kind?: string;
  findingId?: string;
  itemId?: string;
  owner?: string;
  due?: string;
  /** improvement-planned: the corrective action. */
  action?: string;
  questionId?: string;
}
