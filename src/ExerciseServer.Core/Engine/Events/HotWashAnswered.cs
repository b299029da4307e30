using System.Text.Json.Serialization;

namespace ExerciseServer.Core.Engine.Events;

/// <summary>A team's answer to a hot-wash question; the latest answer per team and question counts.</summary>
/// <param name="By">The participant who did it, as "name (role)"; none for control, defaults and dry runs.</param>
public sealed record HotWashAnswered(long Seq, TimeSpan GameTime, DateTimeOffset WallTime, EventAudience Audience, string QuestionId, string Team, string Text, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? By = null)
    : ExerciseEvent(Seq, GameTime, WallTime, Audience);
