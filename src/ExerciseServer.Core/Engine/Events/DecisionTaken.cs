using System.Text.Json.Serialization;

namespace ExerciseServer.Core.Engine.Events;

/// <summary>A team took a decision; the option's effects, resource changes and follow-ups apply.</summary>
/// <param name="By">The participant who did it, as "name (role)"; none for control, defaults and dry runs.</param>
public sealed record DecisionTaken(long Seq, TimeSpan GameTime, DateTimeOffset WallTime, EventAudience Audience, string DecisionId, string OptionId, string Team, bool ByDefault, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? By = null)
    : ExerciseEvent(Seq, GameTime, WallTime, Audience);
