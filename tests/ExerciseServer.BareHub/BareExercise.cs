using System.Collections.Concurrent;

namespace ExerciseServer.BareHub;

/// <summary>What the bare hub remembers of an exercise: its teams, the last sequence number and which team acknowledged which inject.</summary>
public sealed class BareExercise
{
    public readonly ConcurrentDictionary<string, byte> Teams = new(StringComparer.Ordinal);
    public readonly ConcurrentDictionary<(string Inject, string Team), byte> Acknowledged = new();
    public long Seq;
}
