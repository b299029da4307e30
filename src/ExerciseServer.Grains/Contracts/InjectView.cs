using ExerciseServer.Core.Engine.Machines;

namespace ExerciseServer.Grains.Contracts;

public sealed record InjectView(string Id, int Number, string Title, InjectStatus Status, TimeSpan? ReleasedAt, IReadOnlyList<string> Recipients, IReadOnlyList<string> AcknowledgedBy, IReadOnlyList<string> RespondedBy, string? Language = null);
