using System.Text.Json.Serialization;

namespace ExerciseServer.Core.Engine.Events;

/// <summary>A message between teams, or between a team and control; only sender, recipient, control and observers see it.</summary>
/// <param name="By">The participant who did it, as "name (role)"; none for control, defaults and dry runs.</param>
public sealed record MessageSent(long Seq, TimeSpan GameTime, DateTimeOffset WallTime, EventAudience Audience, string From, string To, string Text, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? By = null)
    : ExerciseEvent(Seq, GameTime, WallTime, Audience);
