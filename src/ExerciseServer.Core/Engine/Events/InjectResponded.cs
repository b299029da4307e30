using System.Text.Json.Serialization;

namespace ExerciseServer.Core.Engine.Events;

/// <summary>A team answered an inject.</summary>
/// <param name="By">The participant who did it, as "name (role)"; none for control, defaults and dry runs.</param>
public sealed record InjectResponded(long Seq, TimeSpan GameTime, DateTimeOffset WallTime, EventAudience Audience, string InjectId, string Team, string Text, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? By = null)
    : ExerciseEvent(Seq, GameTime, WallTime, Audience);
