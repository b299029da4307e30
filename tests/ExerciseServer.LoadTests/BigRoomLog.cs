using System.Globalization;
using System.Text.Json;

namespace ExerciseServer.LoadTests;

/// <summary>
/// The big-room run's checks of the server's stored log, read back after the run: sequence 1..n without gaps, game
/// time never back, one acknowledgement per released inject and team stored after its release, and how late each
/// scripted release was.
/// </summary>
public static class BigRoomLog
{
    /// <summary>The whole log as control sees it, page by page.</summary>
    public static async Task<List<LoggedEvent>> ReadAsync(HttpClient http, string exerciseId)
    {
        const int page = 10_000;
        var log = new List<LoggedEvent>();
        long after = 0;
        while (true)
        {
            var text = await http.GetStringAsync(new Uri($"/api/exercises/{exerciseId}/events?after={after}&limit={page}", UriKind.Relative));
            var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            foreach (var line in lines)
            {
                using var json = JsonDocument.Parse(line);
                var e = json.RootElement;
                log.Add(new LoggedEvent(
                    e.GetProperty("seq").GetInt64(),
                    e.GetProperty("type").GetString()!,
                    TimeSpan.Parse(e.GetProperty("gameTime").GetString()!, CultureInfo.InvariantCulture),
                    e.GetProperty("wallTime").GetDateTimeOffset(),
                    e.TryGetProperty("injectId", out var inject) ? inject.GetString() : null,
                    e.TryGetProperty("team", out var team) ? team.GetString() : null));
            }

            if (lines.Length < page)
            {
                return log;
            }

            after = log[^1].Seq;
        }
    }

    /// <summary>Sequence without gaps, game time never back, one acknowledgement per released inject and team, after its release.</summary>
    public static LogChecks Check(List<LoggedEvent> log, BigRoomLoadRun.Options options)
    {
        var teamsAcking = options.Ack ? options.Teams : 0;
        var problems = new List<string>();
        var sequenceOk = log.Select((e, i) => e.Seq == i + 1).All(ok => ok);
        if (!sequenceOk)
        {
            var first = log.Select((e, i) => (e, i)).First(x => x.e.Seq != x.i + 1);
            problems.Add($"sequence: event {first.i + 1} of the log has seq {first.e.Seq}");
        }

        var gameTimeOk = log.Zip(log.Skip(1)).All(p => p.First.GameTime <= p.Second.GameTime);
        if (!gameTimeOk)
        {
            problems.Add("game time goes back in the log");
        }

        var releases = log.Where(e => e.Type == "inject-released" && e.InjectId is not null).GroupBy(e => e.InjectId!).ToDictionary(g => g.Key, g => g.ToList());
        foreach (var (inject, list) in releases.Where(r => r.Value.Count > 1))
        {
            problems.Add($"inject {inject} released {list.Count} times");
        }

        var acks = log.Where(e => e.Type == "inject-acknowledged").ToList();
        var teams = Enumerable.Range(1, teamsAcking).Select(BigRoomLoadRun.TeamId).ToList();
        int missing = 0, extra = 0, outOfOrder = 0;
        var byPair = acks.GroupBy(a => (a.InjectId!, a.Team!)).ToDictionary(g => g.Key, g => g.ToList());
        foreach (var (inject, released) in releases)
        {
            foreach (var team in teams)
            {
                var stored = byPair.GetValueOrDefault((inject, team)) ?? [];
                if (stored.Count == 0)
                {
                    missing++;
                    problems.Add($"no acknowledgement of {inject} by {team} in the log");
                }
                else if (stored.Count > 1)
                {
                    extra += stored.Count - 1;
                    problems.Add($"{stored.Count} acknowledgements of {inject} by {team} in the log");
                }

                outOfOrder += stored.Count(a => a.Seq < released[0].Seq);
            }
        }

        var strays = acks.Count(a => a.InjectId is null || !releases.ContainsKey(a.InjectId) || !teams.Contains(a.Team!));
        extra += strays;
        if (strays > 0)
        {
            problems.Add($"{strays} acknowledgements of injects never released or by unknown teams");
        }

        if (outOfOrder > 0)
        {
            problems.Add($"{outOfOrder} acknowledgements stored before the release they acknowledge");
        }

        return new LogChecks(releases.Count, [.. releases.Keys], sequenceOk, gameTimeOk, acks.Count, missing, extra, outOfOrder, problems);
    }

    /// <summary>How late each scripted release was: its wall time against the wall time its game minute fell due.</summary>
    public static List<double> ReleaseLateness(List<LoggedEvent> log, BigRoomLoadRun.Options options)
    {
        var started = log.FirstOrDefault(e => e.Type == "exercise-started");
        if (started is null)
        {
            return [];
        }

        var speed = 60.0 / options.PeriodSeconds;
        return [.. log.Where(e => e.Type == "inject-released").Select(e => (e.WallTime - (started.WallTime + (e.GameTime / speed))).TotalMilliseconds)];
    }

    public sealed record LoggedEvent(long Seq, string Type, TimeSpan GameTime, DateTimeOffset WallTime, string? InjectId, string? Team);

    public sealed record LogChecks(int Released, IReadOnlyList<string> ReleasedIds, bool SequenceOk, bool GameTimeOk, int Acknowledgements, int Missing, int Extra, int OutOfOrder, List<string> Problems);
}
