using System.Text.Json.Serialization;

namespace ExerciseServer.Core.Engine.Events;

/// <summary>A team acknowledged an inject.</summary>
/// <param name="By">The participant who did it, as "name (role)"; none for control, defaults and dry runs.</param>
public sealed record InjectAcknowledged(long Seq, TimeSpan GameTime, DateTimeOffset WallTime, EventAudience Audience, string InjectId, string Team, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? By = null)
    : ExerciseEvent(Seq, GameTime, WallTime, Audience);
