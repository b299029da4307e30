using ExerciseServer.Core.Engine.Events;

namespace ExerciseServer.Hubs;

/// <summary>The groups that may see exactly these events of one batch: one send, one serialisation.</summary>
public sealed record PushAudience(List<string> Groups, IReadOnlyList<ExerciseEvent> Events);
