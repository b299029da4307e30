// Generated from the server's C# records by `npm run gen:types` (tests/ExerciseServer.Tests/WebClient/WireTypeScript.cs).
// Do not edit: GeneratedClientTypesTests fails when this file is stale.

export interface ActionOutline {
  id: string;
  action: string;
  team: string;
  injectId: string;
  language: string | null;
}

export interface ActionReview {
  id: string;
  action: string;
  team: string;
  injectId: string;
  injectNumber: number;
  objectiveId: string | null;
  taskId: string | null;
  startedAt: string | null;
  deadline: string | null;
  status: 'not-started' | 'pending' | 'met' | 'missed';
  judgedAt: string | null;
  timeTaken: string | null;
  rating: RatingReview | null;
}

export interface AdHocInjectCreated {
  type: 'ad-hoc-inject-created';
  injectId: string;
  to: string[];
  channel: string;
  title: string;
  body: string;
  seq: number;
  gameTime: string;
  wallTime: string;
  audience: EventAudience;
  commandKey: string | null;
  commandFingerprint: string | null;
}

export interface ClockJumped {
  type: 'clock-jumped';
  from: string;
  to: string;
  seq: number;
  gameTime: string;
  wallTime: string;
  audience: EventAudience;
  commandKey: string | null;
  commandFingerprint: string | null;
}

export interface ClockSpeedChanged {
  type: 'clock-speed-changed';
  gameMinutesPerMinute: number;
  seq: number;
  gameTime: string;
  wallTime: string;
  audience: EventAudience;
  commandKey: string | null;
  commandFingerprint: string | null;
}

export interface ClockView {
  gameTime: string;
  storyTime: string;
  gameMinutesPerMinute: number;
  running: boolean;
  duration: string;
  storyZone: string;
  storyTimeZone: string | null;
}

export interface CommandOutcome {
  accepted: boolean;
  duplicate: boolean;
  rejection: string | null;
  events: ExerciseEvent[];
  code: 'not-found' | 'forbidden' | 'conflict' | 'invalid' | 'too-many' | 'unavailable' | 'already-voted' | 'not-a-party' | 'decision-resolved' | null;
  keyReused: boolean;
}

export interface DecisionDetail {
  id: string;
  title: string;
  description: string | null;
  by: string;
  within: string | null;
  options: OptionDetail[];
  chosen: string | null;
  language: string | null;
  joint: JointDecisionDetail | null;
}

export interface DecisionReview {
  id: string;
  title: string;
  team: string;
  presentedAt: string | null;
  optionId: string | null;
  optionTitle: string | null;
  decidedAt: string | null;
  byDefault: boolean;
  joint: JointDecisionReview | null;
}

export interface DecisionTaken {
  type: 'decision-taken';
  decisionId: string;
  optionId: string;
  team: string;
  byDefault: boolean;
  by: string | null;
  seq: number;
  gameTime: string;
  wallTime: string;
  audience: EventAudience;
  commandKey: string | null;
  commandFingerprint: string | null;
}

export interface EventAudience {
  allPlayers: boolean;
  observers: boolean;
  teams: string[];
  roles: string[];
  isControlOnly: boolean;
}

export interface ExerciseEnded {
  type: 'exercise-ended';
  reason: string;
  seq: number;
  gameTime: string;
  wallTime: string;
  audience: EventAudience;
  commandKey: string | null;
  commandFingerprint: string | null;
}

export type ExerciseEvent =
  | AdHocInjectCreated
  | ClockJumped
  | ClockSpeedChanged
  | DecisionTaken
  | ExerciseEnded
  | ExercisePaused
  | ExerciseReset
  | ExerciseResumed
  | ExerciseStarted
  | ExpectedActionMet
  | ExpectedActionMissed
  | FindingRecorded
  | HotWashAnswered
  | ImprovementPlanned
  | InjectAcknowledged
  | InjectCancelled
  | InjectDue
  | InjectExpired
  | InjectHeld
  | InjectReleased
  | InjectResponded
  | InjectSkipped
  | JointDecisionResolved
  | JointVoteCast
  | MessageSent
  | ObservationRecorded
  | PerturbationExpired
  | RatingRecorded
  | ReviewItemWithdrawn
  | SectorSampled
  | SectorStateChanged
;

export interface ExerciseOutline {
  title: string;
  summary: string | null;
  storyStart: string;
  storyTimeZone: string | null;
  duration: string;
  teams: NamedItem[];
  sectors: SectorOutline[];
  phases: NamedItem[];
  objectives: ObjectiveOutline[];
  expectedActions: ActionOutline[];
  locations: MapFeature[];
  languages: string[];
  language: string;
  briefings: RoleBriefing[] | null;
  roles: NamedItem[] | null;
}

export interface ExercisePaused {
  type: 'exercise-paused';
  seq: number;
  gameTime: string;
  wallTime: string;
  audience: EventAudience;
  commandKey: string | null;
  commandFingerprint: string | null;
}

export interface ExerciseReset {
  type: 'exercise-reset';
  seq: number;
  gameTime: string;
  wallTime: string;
  audience: EventAudience;
  commandKey: string | null;
  commandFingerprint: string | null;
}

export interface ExerciseResumed {
  type: 'exercise-resumed';
  seq: number;
  gameTime: string;
  wallTime: string;
  audience: EventAudience;
  commandKey: string | null;
  commandFingerprint: string | null;
}

export interface ExerciseReview {
  exerciseId: string;
  exerciseName: string;
  scenarioId: string;
  title: string;
  summary: string | null;
  storyStart: string;
  plannedDuration: string;
  storyTimeZone: string | null;
  lifecycle: 'ready' | 'running' | 'paused' | 'ended';
  endReason: string | null;
  startedAt: string | null;
  endedAt: string | null;
  gameTimeReached: string;
  lastSeq: number;
  figures: ReviewFigures;
  teams: ReviewTeam[];
  injects: InjectReview[];
  expectedActions: ActionReview[];
  decisions: DecisionReview[];
  sectors: SectorReview[];
  objectives: ObjectiveReview[];
  ratings: RatingReview[];
  observations: ObservationReview[];
  findings: FindingReview[];
  improvementPlan: ImprovementReview[];
  hotWash: HotWashReview[];
  locations: MapFeature[];
}

export interface ExerciseSnapshot {
  seq: number;
  gameTime: string;
  wallTime: string | null;
  lifecycle: 'ready' | 'running' | 'paused' | 'ended';
  endReason: string | null;
  sectors: SnapshotSector[];
  injects: SnapshotInject[];
  expectedActions: SnapshotAction[];
  decisions: SnapshotDecision[];
  resources: SnapshotResource[];
  findings: number;
  improvementItems: number;
  hotWashAnswers: number;
}

export interface ExerciseStarted {
  type: 'exercise-started';
  scenarioId: string;
  seq: number;
  gameTime: string;
  wallTime: string;
  audience: EventAudience;
  commandKey: string | null;
  commandFingerprint: string | null;
}

export interface ExerciseSummary {
  id: string;
  name: string;
  scenarioId: string;
  lifecycle: 'ready' | 'running' | 'paused' | 'ended';
  createdAt: string;
}

export interface ExerciseView {
  id: string;
  name: string;
  scenarioId: string;
  lifecycle: 'ready' | 'running' | 'paused' | 'ended';
  endReason: string | null;
  clock: ClockView;
  lastSeq: number;
  sectors: SectorView[];
  injects: InjectView[];
  hostedOn: string;
}

export interface ExpectedActionMet {
  type: 'expected-action-met';
  actionId: string;
  team: string;
  after: string;
  seq: number;
  gameTime: string;
  wallTime: string;
  audience: EventAudience;
  commandKey: string | null;
  commandFingerprint: string | null;
}

export interface ExpectedActionMissed {
  type: 'expected-action-missed';
  actionId: string;
  team: string;
  seq: number;
  gameTime: string;
  wallTime: string;
  audience: EventAudience;
  commandKey: string | null;
  commandFingerprint: string | null;
}

export interface FindingRecorded {
  type: 'finding-recorded';
  by: string;
  findingId: string;
  kind: string;
  objectiveId: string | null;
  text: string;
  seq: number;
  gameTime: string;
  wallTime: string;
  audience: EventAudience;
  commandKey: string | null;
  commandFingerprint: string | null;
}

export interface FindingReview {
  id: string;
  kind: string;
  objectiveId: string | null;
  text: string;
  by: string;
  gameTime: string;
  wallTime: string;
}

export interface HotWashAnswerReview {
  team: string;
  text: string;
  wallTime: string;
}

export interface HotWashAnswered {
  type: 'hot-wash-answered';
  questionId: string;
  team: string;
  text: string;
  by: string | null;
  seq: number;
  gameTime: string;
  wallTime: string;
  audience: EventAudience;
  commandKey: string | null;
  commandFingerprint: string | null;
}

export interface HotWashQuestionView {
  id: string;
  question: string;
  answer: string | null;
  language: string | null;
}

export interface HotWashReview {
  id: string;
  question: string;
  teams: string[];
  answers: HotWashAnswerReview[];
}

export interface HubSnapshot {
  exerciseId: string;
  name: string;
  role: string;
  team: string | null;
  lifecycle: 'ready' | 'running' | 'paused' | 'ended';
  clock: ClockView;
  lastSeq: number;
  sectors: SectorView[];
  injects: InjectView[];
}

export interface ImprovementPlanned {
  type: 'improvement-planned';
  by: string;
  itemId: string;
  findingId: string | null;
  action: string;
  owner: string;
  due: string;
  seq: number;
  gameTime: string;
  wallTime: string;
  audience: EventAudience;
  commandKey: string | null;
  commandFingerprint: string | null;
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

export interface InjectAcknowledged {
  type: 'inject-acknowledged';
  injectId: string;
  team: string;
  by: string | null;
  seq: number;
  gameTime: string;
  wallTime: string;
  audience: EventAudience;
  commandKey: string | null;
  commandFingerprint: string | null;
}

export interface InjectCancelled {
  type: 'inject-cancelled';
  injectId: string;
  seq: number;
  gameTime: string;
  wallTime: string;
  audience: EventAudience;
  commandKey: string | null;
  commandFingerprint: string | null;
}

export interface InjectDetail {
  id: string;
  number: number;
  title: string;
  body: string;
  channel: string;
  from: string | null;
  sector: string | null;
  phase: string | null;
  recipients: string[];
  status: 'pending' | 'held' | 'due' | 'released' | 'acknowledged' | 'responded' | 'expired' | 'skipped' | 'cancelled';
  releasedAt: string | null;
  decision: DecisionDetail | null;
  expectedActions: string[];
  onDemand: boolean;
  trigger: string | null;
  notes: string | null;
  locations: MapFeature[];
  media: string[];
  dueAt: string | null;
  language: string | null;
}

export interface InjectDue {
  type: 'inject-due';
  injectId: string;
  seq: number;
  gameTime: string;
  wallTime: string;
  audience: EventAudience;
  commandKey: string | null;
  commandFingerprint: string | null;
}

export interface InjectExpired {
  type: 'inject-expired';
  injectId: string;
  seq: number;
  gameTime: string;
  wallTime: string;
  audience: EventAudience;
  commandKey: string | null;
  commandFingerprint: string | null;
}

export interface InjectHeld {
  type: 'inject-held';
  injectId: string;
  seq: number;
  gameTime: string;
  wallTime: string;
  audience: EventAudience;
  commandKey: string | null;
  commandFingerprint: string | null;
}

export interface InjectReleased {
  type: 'inject-released';
  injectId: string;
  byControl: boolean;
  seq: number;
  gameTime: string;
  wallTime: string;
  audience: EventAudience;
  commandKey: string | null;
  commandFingerprint: string | null;
}

export interface InjectResponded {
  type: 'inject-responded';
  injectId: string;
  team: string;
  text: string;
  by: string | null;
  seq: number;
  gameTime: string;
  wallTime: string;
  audience: EventAudience;
  commandKey: string | null;
  commandFingerprint: string | null;
}

export interface InjectReview {
  id: string;
  number: number;
  title: string;
  channel: string;
  from: string;
  status: 'pending' | 'held' | 'due' | 'released' | 'acknowledged' | 'responded' | 'expired' | 'skipped' | 'cancelled';
  adHoc: boolean;
  scheduledAt: string | null;
  releasedAt: string | null;
  releasedByControl: boolean;
  recipients: RecipientReview[];
  expectedActions: string[];
  body: string;
  media: string[];
}

export interface InjectSkipped {
  type: 'inject-skipped';
  injectId: string;
  seq: number;
  gameTime: string;
  wallTime: string;
  audience: EventAudience;
  commandKey: string | null;
  commandFingerprint: string | null;
}

export interface InjectView {
  id: string;
  number: number;
  title: string;
  status: 'pending' | 'held' | 'due' | 'released' | 'acknowledged' | 'responded' | 'expired' | 'skipped' | 'cancelled';
  releasedAt: string | null;
  recipients: string[];
  acknowledgedBy: string[];
  respondedBy: string[];
  language: string | null;
}

export interface IssuedCodeAnswer {
  code: string;
  id: string;
  role: string;
  team: string | null;
  teamRole: string | null;
}

export interface JoinCode {
  id: string;
  exerciseId: string;
  role: string;
  team: string | null;
  revoked: boolean;
  createdAt: string;
  teamRole: string | null;
}

export interface JointDecisionDetail {
  teams: string[];
  rule: 'all' | 'majority' | 'lead';
  lead: string | null;
  votes: JointVoteDetail[];
  resolution: 'agreed' | 'majority' | 'lead' | 'not-agreed' | 'deadline' | null;
}

export interface JointDecisionResolved {
  type: 'joint-decision-resolved';
  decisionId: string;
  optionId: string;
  how: 'agreed' | 'majority' | 'lead' | 'not-agreed' | 'deadline';
  seq: number;
  gameTime: string;
  wallTime: string;
  audience: EventAudience;
  commandKey: string | null;
  commandFingerprint: string | null;
}

export interface JointDecisionReview {
  teams: string[];
  rule: 'all' | 'majority' | 'lead';
  lead: string | null;
  votes: JointVoteReview[];
  resolution: 'agreed' | 'majority' | 'lead' | 'not-agreed' | 'deadline' | null;
}

export interface JointVoteCast {
  type: 'joint-vote-cast';
  decisionId: string;
  team: string;
  optionId: string | null;
  by: string | null;
  seq: number;
  gameTime: string;
  wallTime: string;
  audience: EventAudience;
  commandKey: string | null;
  commandFingerprint: string | null;
}

export interface JointVoteDetail {
  team: string;
  optionId: string | null;
  by: string | null;
  at: string;
}

export interface JointVoteReview {
  team: string;
  optionId: string | null;
  optionTitle: string | null;
  by: string | null;
  gameTime: string;
}

export interface MapFeature {
  id: string;
  name: string;
  kind: string;
  category: string | null;
  description: string | null;
  coordinates: number[][];
  injects: string[];
}

export interface MessageSent {
  type: 'message-sent';
  from: string;
  to: string;
  text: string;
  by: string | null;
  seq: number;
  gameTime: string;
  wallTime: string;
  audience: EventAudience;
  commandKey: string | null;
  commandFingerprint: string | null;
}

export interface NamedItem {
  id: string;
  name: string;
  language: string | null;
}

export interface ObjectiveOutline {
  id: string;
  title: string;
  capability: string;
  tasks: NamedItem[];
  scale: NamedItem[];
}

export interface ObjectiveReview {
  id: string;
  title: string;
  capability: string;
  scale: RatingScaleLevel[];
  rating: RatingReview | null;
  tasks: TaskReview[];
  expectedActions: string[];
  actionsMet: number;
  actionsMissed: number;
  actionsOpen: number;
}

export interface ObservationRecorded {
  type: 'observation-recorded';
  by: string;
  text: string;
  injectId: string | null;
  team: string | null;
  objectiveId: string | null;
  seq: number;
  gameTime: string;
  wallTime: string;
  audience: EventAudience;
  commandKey: string | null;
  commandFingerprint: string | null;
}

export interface ObservationReview {
  seq: number;
  gameTime: string;
  wallTime: string;
  by: string;
  text: string;
  injectId: string | null;
  team: string | null;
  objectiveId: string | null;
}

export interface OptionDetail {
  id: string;
  title: string;
  description: string | null;
  language: string | null;
}

export interface PerturbationExpired {
  type: 'perturbation-expired';
  sector: string;
  delta: number;
  seq: number;
  gameTime: string;
  wallTime: string;
  audience: EventAudience;
  commandKey: string | null;
  commandFingerprint: string | null;
}

export interface PresenceEntry {
  connectionId: string;
  name: string;
  role: string;
  team: string | null;
  since: string;
  session: string | null;
  node: string | null;
  dropped: string | null;
}

export interface RatingRecorded {
  type: 'rating-recorded';
  by: string;
  targetKind: string;
  targetId: string;
  rating: string;
  note: string | null;
  seq: number;
  gameTime: string;
  wallTime: string;
  audience: EventAudience;
  commandKey: string | null;
  commandFingerprint: string | null;
}

export interface RatingReview {
  targetKind: string;
  targetId: string;
  rating: string;
  label: string;
  note: string | null;
  by: string;
  gameTime: string;
  wallTime: string;
}

export interface RatingScaleLevel {
  code: string;
  label: string;
}

export interface RecipientReview {
  team: string;
  acknowledgedAt: string | null;
  acknowledgeTime: string | null;
  answeredAt: string | null;
  responseTime: string | null;
  responses: string[];
}

export interface ReviewFigures {
  injectsPlanned: number;
  injectsReleased: number;
  adHocInjects: number;
  deliveries: number;
  acknowledged: number;
  answered: number;
  medianAcknowledgeTime: string | null;
  medianResponseTime: string | null;
  actionsMet: number;
  actionsMissed: number;
  actionsOpen: number;
  decisionsTaken: number;
  decisionsByDefault: number;
  messages: number;
  observations: number;
}

export interface ReviewItemWithdrawn {
  type: 'review-item-withdrawn';
  by: string;
  itemId: string;
  seq: number;
  gameTime: string;
  wallTime: string;
  audience: EventAudience;
  commandKey: string | null;
  commandFingerprint: string | null;
}

export interface ReviewTeam {
  id: string;
  name: string;
  timeline: TimelineEntry[];
}

export interface RoleBriefing {
  team: string;
  role: string;
  roleName: string;
  markdown: string;
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
  duration: string | null;
}

export interface SectorChangeReview {
  gameTime: string;
  from: 'normal' | 'degraded' | 'disrupted' | 'failed' | 'recovering';
  to: 'normal' | 'degraded' | 'disrupted' | 'failed' | 'recovering';
  inoperability: number;
}

export interface SectorHistory {
  exerciseId: string;
  sector: string;
  upToSeq: number;
  points: SectorPoint[];
  runStartSeq: number;
}

export interface SectorMarker {
  gameTime: string;
  kind: string;
  id: string;
  label: string;
  team: string | null;
  perturbation: number | null;
  shock: number | null;
  recoveryFactor: number | null;
}

export interface SectorOutline {
  id: string;
  name: string;
  degraded: number;
  disrupted: number;
  failed: number;
  language: string | null;
}

export interface SectorPoint {
  seq: number;
  gameTime: string;
  inoperability: number;
  perturbation: number | null;
  state: 'normal' | 'degraded' | 'disrupted' | 'failed' | 'recovering';
}

export interface SectorPointReview {
  gameTime: string;
  inoperability: number;
}

export interface SectorReview {
  id: string;
  name: string;
  degraded: number;
  disrupted: number;
  failed: number;
  peak: number;
  peakAt: string;
  points: SectorPointReview[];
  changes: SectorChangeReview[];
  markers: SectorMarker[];
}

export interface SectorSampled {
  type: 'sector-sampled';
  sector: string;
  inoperability: number;
  perturbation: number;
  seq: number;
  gameTime: string;
  wallTime: string;
  audience: EventAudience;
  commandKey: string | null;
  commandFingerprint: string | null;
}

export interface SectorStateChanged {
  type: 'sector-state-changed';
  sector: string;
  from: 'normal' | 'degraded' | 'disrupted' | 'failed' | 'recovering';
  to: 'normal' | 'degraded' | 'disrupted' | 'failed' | 'recovering';
  inoperability: number;
  seq: number;
  gameTime: string;
  wallTime: string;
  audience: EventAudience;
  commandKey: string | null;
  commandFingerprint: string | null;
}

export interface SectorView {
  id: string;
  name: string;
  inoperability: number;
  perturbation: number;
  state: 'normal' | 'degraded' | 'disrupted' | 'failed' | 'recovering';
  language: string | null;
}

export interface SignedInUser {
  role: string | null;
  exercise: string | null;
  team: string | null;
  teamRole: string | null;
  name: string | null;
  language: string | null;
}

export interface SnapshotAction {
  id: string;
  team: string;
  status: 'not-started' | 'pending' | 'met' | 'missed';
  deadline: string | null;
  judgedAt: string | null;
}

export interface SnapshotDecision {
  id: string;
  team: string;
  presentedAt: string | null;
  optionId: string | null;
  decidedAt: string | null;
  byDefault: boolean;
  votes: JointVoteReview[];
}

export interface SnapshotInject {
  id: string;
  number: number;
  title: string;
  status: 'pending' | 'held' | 'due' | 'released' | 'acknowledged' | 'responded' | 'expired' | 'skipped' | 'cancelled';
  releasedAt: string | null;
  recipients: string[];
  acknowledgedBy: string[];
  respondedBy: string[];
}

export interface SnapshotResource {
  team: string;
  name: string;
  value: number;
}

export interface SnapshotSector {
  id: string;
  name: string;
  inoperability: number;
  perturbation: number;
  state: 'normal' | 'degraded' | 'disrupted' | 'failed' | 'recovering';
}

export interface TaskReview {
  id: string;
  title: string;
  rating: RatingReview | null;
}

export interface TimelineEntry {
  seq: number;
  gameTime: string;
  wallTime: string;
  kind: string;
  injectId: string | null;
  label: string;
  detail: string | null;
  by: string | null;
}

export interface UploadProblem {
  location: string;
  severity: string;
  code: string;
  message: string;
  text: string;
}
