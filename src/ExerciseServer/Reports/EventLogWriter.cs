using System.Text.Json;
using ExerciseServer.Core.Engine.Events;
using ExerciseServer.Grains.Storage;

namespace ExerciseServer.Reports;

/// <summary>
/// The event log as JSON lines, in the stored shape (the same as <c>GET /api/exercises/{id}/events</c>), so a tool
/// that reads one reads the other and every line deserializes back into its event.
/// </summary>
internal static class EventLogWriter
{
    public static async Task WriteAsync(TextWriter output, IEnumerable<ExerciseEvent> events, CancellationToken cancellationToken)
    {
        foreach (var e in events)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await output.WriteAsync((Line(e) + "\n").AsMemory(), cancellationToken);
        }
    }

    public static string Line(ExerciseEvent e) => JsonSerializer.Serialize<ExerciseEvent>(e, StorageJson.Options);
}
