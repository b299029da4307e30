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
            Assert.Equal(JsonSerializer.Serialize<ExerciseEvent>(events[i], StorageJson.Options), lines[i]);
        }
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
