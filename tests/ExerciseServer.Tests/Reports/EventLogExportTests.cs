using System.Text.Json;
using ExerciseServer.Core.Engine.Events;
using ExerciseServer.Grains.Storage;
using ExerciseServer.Reports;

namespace ExerciseServer.Tests.Reports;

public sealed class EventLogExportTests
{
    [Fact]
    public async Task Each_event_is_one_line_that_reads_back_as_the_same_event()
    {
        var events = ScriptedExercise.Shared.Events;

        var jsonl = await ScriptedExercise.RenderAsync(ReportFormat.Json);

        Assert.EndsWith("\n", jsonl, StringComparison.Ordinal);
        var lines = jsonl[..^1].Split('\n');
        Assert.Equal(events.Count, lines.Length);
        for (var i = 0; i < lines.Length; i++)
        {
            var read = JsonSerializer.Deserialize<ExerciseEvent>(lines[i], StorageJson.Options);
            Assert.NotNull(read);
            Assert.Equal(events[i].Seq, read.Seq);
            Assert.Equal(events[i].GetType(), read.GetType());
            // The stored form, untouched, plus storyTime right after gameTime.
            var storyTime = JsonDocument.Parse(lines[i]).RootElement.GetProperty("storyTime").GetString();
            Assert.Equal(
                JsonSerializer.Serialize<ExerciseEvent>(events[i], StorageJson.Options),
                lines[i].Replace($",\"storyTime\":\"{storyTime}\"", "", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Each_event_carries_its_story_time_next_to_the_stored_game_time()
    {
        var jsonl = await ScriptedExercise.RenderAsync(ReportFormat.Json);

        // Finland answered inject #1 four game minutes in; the quickstart's story starts Mon 12 Jan 07:00 UTC+02:00.
        var answer = jsonl.Split('\n').Single(line => line.Contains(JsonSerializer.Serialize(ScriptedExercise.QuotedAnswer, StorageJson.Options), StringComparison.Ordinal));
        Assert.Contains("\"gameTime\":\"00:04:00\",\"storyTime\":\"2026-01-12T07:04:00+02:00\",", answer, StringComparison.Ordinal);
        Assert.All(jsonl[..^1].Split('\n'), line => Assert.Matches("\"gameTime\":\"[^\"]+\",\"storyTime\":\"2026-01-12T07:[0-9]{2}:[0-9]{2}\\+02:00\"", line));
    }

    [Fact]
    public async Task The_log_holds_the_player_text_as_written()
    {
        var jsonl = await ScriptedExercise.RenderAsync(ReportFormat.Json);

        var answers = jsonl.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonSerializer.Deserialize<ExerciseEvent>(line, StorageJson.Options))
            .OfType<InjectResponded>()
            .Select(r => r.Text)
            .ToList();
        Assert.Contains(ScriptedExercise.ScriptAnswer, answers);
        Assert.Contains(ScriptedExercise.QuotedAnswer, answers);
    }
}
