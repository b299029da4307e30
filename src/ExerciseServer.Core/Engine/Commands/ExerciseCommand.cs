using System.Text.Json.Serialization;

namespace ExerciseServer.Core.Engine.Commands;

/// <summary>
/// Something control, a team or the server's clock asks the exercise to do. A command either produces events
/// or is rejected with a reason and changes nothing. A repeated <see cref="IdempotencyKey"/> returns the first
/// outcome again without new events, so a client may retry after a timeout.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(AcknowledgeInject), "acknowledge-inject")]
[JsonDerivedType(typeof(AnswerHotWash), "answer-hot-wash")]
[JsonDerivedType(typeof(AdvanceClock), "advance-clock")]
[JsonDerivedType(typeof(CastJointVote), "cast-joint-vote")]
[JsonDerivedType(typeof(CancelInject), "cancel-inject")]
[JsonDerivedType(typeof(CreateAdHocInject), "create-ad-hoc-inject")]
[JsonDerivedType(typeof(EndExercise), "end-exercise")]
[JsonDerivedType(typeof(HoldInject), "hold-inject")]
[JsonDerivedType(typeof(JumpToNextInject), "jump-to-next-inject")]
[JsonDerivedType(typeof(JumpToTime), "jump-to-time")]
[JsonDerivedType(typeof(PauseExercise), "pause-exercise")]
[JsonDerivedType(typeof(PlanImprovement), "plan-improvement")]
[JsonDerivedType(typeof(RecordFinding), "record-finding")]
[JsonDerivedType(typeof(RecordObservation), "record-observation")]
[JsonDerivedType(typeof(RecordRating), "record-rating")]
[JsonDerivedType(typeof(ReleaseInject), "release-inject")]
[JsonDerivedType(typeof(ResetExercise), "reset-exercise")]
[JsonDerivedType(typeof(RespondToInject), "respond-to-inject")]
[JsonDerivedType(typeof(ResumeExercise), "resume-exercise")]
[JsonDerivedType(typeof(SendMessage), "send-message")]
[JsonDerivedType(typeof(SetSpeed), "set-speed")]
[JsonDerivedType(typeof(SkipInject), "skip-inject")]
[JsonDerivedType(typeof(StartExercise), "start-exercise")]
[JsonDerivedType(typeof(TakeDecision), "take-decision")]
[JsonDerivedType(typeof(WithdrawReviewItem), "withdraw-review-item")]
public abstract record ExerciseCommand(CommandIssuer Issuer)
{
    public string? IdempotencyKey { get; init; }
}
