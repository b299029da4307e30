using ExerciseServer.Core.Engine.Machines;
using ExerciseServer.Core.Words;

namespace ExerciseServer.Grains.Contracts;

public sealed record InjectView(string Id, int Number, string Title, [property: WordsOf(typeof(InjectStatus))] string Status, TimeSpan? ReleasedAt, IReadOnlyList<string> Recipients, IReadOnlyList<string> AcknowledgedBy, IReadOnlyList<string> RespondedBy, string? Language = null);
