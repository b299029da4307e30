using System.Text;
using System.Text.Json;
using ExerciseServer.Core.Engine.Events;
using ExerciseServer.Core.Scenarios;
using ExerciseServer.Core.Scenarios.Model;
using ExerciseServer.Grains.Storage;

namespace ExerciseServer.Reports;

/// <summary>
/// The event log as JSON lines for people and their tools: each event in the stored shape (the same as
/// <c>GET /api/exercises/{id}/events</c>, so every line deserializes back into its event), with one field added
/// right after the stored <c>gameTime</c> (<c>"00:07:00"</c>): <c>storyTime</c>, the moment on the story's clock
/// as ISO 8601 with the story's offset (<c>"2026-01-12T07:07:00+02:00"</c>), as every JSON output writes a moment.
/// The archive's <c>events.jsonl</c> is written elsewhere and stays the stored form.
/// </summary>
internal static class EventLogWriter
{
    public const string StoryTimeField = "storyTime";

    public static async Task WriteAsync(TextWriter output, ScenarioClock clock, IEnumerable<ExerciseEvent> events, CancellationToken cancellationToken)
    {
        foreach (var e in events)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await output.WriteAsync((Line(clock, e) + "\n").AsMemory(), cancellationToken);
        }
    }

    /// <summary>
    /// The stored line, byte for byte, with storyTime spliced in after the top-level gameTime value (rebuilding the
    /// object would re-escape its strings differently from the store). The ISO text is digits, '-', ':', 'T' and '+'
    /// only, so it needs no escaping and reads as written.
    /// </summary>
    public static string Line(ScenarioClock clock, ExerciseEvent e)
    {
        var stored = JsonSerializer.SerializeToUtf8Bytes<ExerciseEvent>(e, StorageJson.Options);
        var field = $",\"{StoryTimeField}\":\"{StoryClock.FormatIso(clock, e.GameTime)}\"";
        var at = EndOfGameTime(stored);
        return at < 0
            ? Encoding.UTF8.GetString(stored)
            : Encoding.UTF8.GetString(stored, 0, at) + field + Encoding.UTF8.GetString(stored, at, stored.Length - at);
    }

    /// <summary>The byte just after the top-level gameTime value, or -1 when there is none.</summary>
    private static int EndOfGameTime(byte[] json)
    {
        var reader = new Utf8JsonReader(json);
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 1 && reader.ValueTextEquals("gameTime"u8))
            {
                reader.Read();
                return (int)reader.BytesConsumed;
            }
        }

        return -1;
    }
}
