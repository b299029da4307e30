using System.Text.Json.Serialization;

namespace ExerciseServer.Core.Engine.Events;

/// <summary>
/// One fact in an exercise's ordered log. <see cref="Seq"/> numbers the log without gaps from 1;
/// <see cref="GameTime"/> is the offset from the exercise start at which it happened in the story;
/// <see cref="WallTime"/> is when the server recorded it; <see cref="Audience"/> says who may see it.
/// <see cref="CommandKey"/> is the idempotency key of the command that caused it, if any, and
/// <see cref="CommandFingerprint"/> what that command was (logs written before it existed have none).
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(ExerciseStarted), "exercise-started")]
[JsonDerivedType(typeof(ExercisePaused), "exercise-paused")]
[JsonDerivedType(typeof(ExerciseResumed), "exercise-resumed")]
[JsonDerivedType(typeof(ExerciseEnded), "exercise-ended")]
[JsonDerivedType(typeof(ExerciseReset), "exercise-reset")]
[JsonDerivedType(typeof(ClockSpeedChanged), "clock-speed-changed")]
[JsonDerivedType(typeof(ClockJumped), "clock-jumped")]
[JsonDerivedType(typeof(InjectDue), "inject-due")]
[JsonDerivedType(typeof(InjectHeld), "inject-held")]
[JsonDerivedType(typeof(InjectReleased), "inject-released")]
[JsonDerivedType(typeof(InjectSkipped), "inject-skipped")]
[JsonDerivedType(typeof(InjectCancelled), "inject-cancelled")]
[JsonDerivedType(typeof(InjectAcknowledged), "inject-acknowledged")]
[JsonDerivedType(typeof(InjectResponded), "inject-responded")]
[JsonDerivedType(typeof(InjectExpired), "inject-expired")]
[JsonDerivedType(typeof(AdHocInjectCreated), "ad-hoc-inject-created")]
[JsonDerivedType(typeof(DecisionTaken), "decision-taken")]
[JsonDerivedType(typeof(ExpectedActionMet), "expected-action-met")]
[JsonDerivedType(typeof(ExpectedActionMissed), "expected-action-missed")]
[JsonDerivedType(typeof(PerturbationExpired), "perturbation-expired")]
[JsonDerivedType(typeof(SectorStateChanged), "sector-state-changed")]
[JsonDerivedType(typeof(SectorSampled), "sector-sampled")]
[JsonDerivedType(typeof(MessageSent), "message-sent")]
[JsonDerivedType(typeof(ObservationRecorded), "observation-recorded")]
[JsonDerivedType(typeof(RatingRecorded), "rating-recorded")]
[JsonDerivedType(typeof(FindingRecorded), "finding-recorded")]
[JsonDerivedType(typeof(ImprovementPlanned), "improvement-planned")]
[JsonDerivedType(typeof(ReviewItemWithdrawn), "review-item-withdrawn")]
[JsonDerivedType(typeof(HotWashAnswered), "hot-wash-answered")]
[JsonDerivedType(typeof(JointVoteCast), "joint-vote-cast")]
[JsonDerivedType(typeof(JointDecisionResolved), "joint-decision-resolved")]
public abstract record ExerciseEvent(long Seq, TimeSpan GameTime, DateTimeOffset WallTime, EventAudience Audience)
{
    public string? CommandKey { get; init; }

    /// <summary>See <see cref="Engine.CommandFingerprint"/>: binds <see cref="CommandKey"/> to its command.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? CommandFingerprint { get; init; }
}
