using System.Text;
using System.Text.Json;
using ExerciseServer.Core.Engine;
using ExerciseServer.Core.Engine.Events;
using ExerciseServer.Core.Review;
using ExerciseServer.Core.Words;

namespace ExerciseServer.Core.Archives;

/// <summary>
/// The state a log replays to, as one hash: the SHA-256 of the <see cref="ExerciseSnapshot"/> (sequence, clock,
/// lifecycle, sectors, injects, actions, decisions, resources, review counts) in a fixed JSON form. The exporting
/// server writes it; the importing one replays the log through its own engine and must reach the same hash.
/// </summary>
public static class ExerciseStateHash
{
    // Statuses as their words, as the snapshot carried them when they were strings: archives exported then still match.
    private static readonly JsonSerializerOptions Form = WireJson.Apply(new(JsonSerializerDefaults.Web));

    public static string Of(ExerciseState state) =>
        ArchiveCheck.Sha256(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(ExerciseSnapshot.Of(state), Form)));

    /// <summary>Null when the events are numbered 1, 2, 3… without gap or repeat; otherwise where they are not.</summary>
    public static string? SequenceProblem(IReadOnlyList<ExerciseEvent> events)
    {
        for (var i = 0; i < events.Count; i++)
        {
            if (events[i].Seq != i + 1)
            {
                return $"event {i + 1} of the log has sequence number {events[i].Seq}; a log is numbered 1, 2, 3… without gaps";
            }
        }

        return null;
    }
}
