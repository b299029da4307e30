using System.Net;
using System.Text.Json;
using ExerciseServer.Tests.Support;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace ExerciseServer.Tests.Visibility;

/// <summary>
/// Need-to-know as a matrix generated from one table: every read path × every role × every phase of the Baltic
/// scenario, each answer compared kind by kind with what <see cref="NeedToKnowTable"/> says the role must see.
/// </summary>
public sealed class ReadPathMatrixTests(NeedToKnowFixture fixture) : IClassFixture<NeedToKnowFixture>
{
    private static readonly Dictionary<Phase, Task<Facts>> FactsByPhase = [];

    public static TheoryData<ReadPath, Role, Phase> Matrix()
    {
        var data = new TheoryData<ReadPath, Role, Phase>();
        foreach (var path in Enum.GetValues<ReadPath>())
        {
            foreach (var role in Enum.GetValues<Role>())
            {
                foreach (var phase in Enum.GetValues<Phase>())
                {
                    data.Add(path, role, phase);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Each_role_sees_exactly_what_the_table_says(ReadPath path, Role role, Phase phase)
    {
        var person = fixture.Person(phase, role);
        if (!NeedToKnowTable.MayUse(path, role))
        {
            await AssertRefusedAsync(path, role, person);
            return;
        }

        var facts = await FactsAsync(phase);
        var expected = NeedToKnowTable.Expected(role, phase, facts);
        var seen = await ReadAsync(path, person, facts);
        var context = $"{path} as {role} while {phase}";
        AssertSame(expected.Injects, seen.Injects, context, "injects");
        AssertSame(expected.Actions, seen.Actions, context, "expected actions");
        AssertSame(expected.Decisions, seen.Decisions, context, "decisions");
        AssertSame(expected.Sectors, seen.Sectors, context, "sectors");
        if (seen.Events is not null)
        {
            var missing = expected.Events!.Except(seen.Events).Order().ToList();
            var extra = seen.Events.Except(expected.Events!).Order().ToList();
            Assert.True(missing.Count == 0 && extra.Count == 0,
                $"{context}: events missing [{string.Join(", ", missing.Select(s => Describe(facts, s)))}], events it must not see [{string.Join(", ", extra.Select(s => Describe(facts, s)))}]");
        }

        if (seen.Objectives is { } objectives)
        {
            Assert.True(objectives == expected.Objectives, $"{context}: objectives shown {objectives}, expected {expected.Objectives}");
        }

        if (path is ReadPath.ReportHtml or ReadPath.ReportMarkdown or ReadPath.ReportCsv)
        {
            var text = await person.Http.GetStringAsync(ReportUrl(person, path));
            foreach (var hidden in facts.Injects.Values.Where(i => !NeedToKnowTable.SeesInject(role, phase, i)))
            {
                if (DistinctivePart(hidden.Title, facts) is { } part)
                {
                    Assert.False(text.Contains(part, StringComparison.Ordinal), $"{context}: the report names inject {hidden.Id} ('{part}')");
                }
            }
        }
    }

    /// <summary>The report verb, run for a role, applies the same policy: byte for byte what the server answers that role.</summary>
    [Theory]
    [InlineData(Role.Observer, Phase.Running, "html")]
    [InlineData(Role.Observer, Phase.Running, "json")]
    [InlineData(Role.Evaluator, Phase.Running, "md")]
    [InlineData(Role.Observer, Phase.Ended, "csv")]
    [InlineData(Role.Control, Phase.Running, "json")]
    public async Task The_report_verb_for_a_role_equals_the_servers_answer_to_that_role(Role role, Phase phase, string format)
    {
        var person = fixture.Person(phase, role);
        var fromServer = await person.Http.GetStringAsync($"/api/exercises/{person.ExerciseId}/report?format={format}");

        var (exit, output, error) = await VerbRunner.Run(
            "report", person.ExerciseId, "--format", format, "--data", fixture.Server.DataPath, "--for", role.ToString().ToLowerInvariant());

        Assert.True(exit == 0, error);
        Assert.Equal(fromServer, output);
    }

    private async Task<Seen> ReadAsync(ReadPath path, Participant person, Facts facts)
    {
        var id = person.ExerciseId;
        switch (path)
        {
            case ReadPath.HubJoin:
                var joined = await person.Hub!.InvokeAsync<JsonElement>("Join", id);
                return new Seen(Injects: Ids(joined, "injects"), Sectors: Ids(joined, "sectors"));
            case ReadPath.HubOutline:
                var outline = await person.Hub!.InvokeAsync<JsonElement>("GetOutline", id);
                return new Seen(Actions: Ids(outline, "expectedActions"), Sectors: Ids(outline, "sectors"), Objectives: outline.GetProperty("objectives").GetArrayLength() > 0);
            case ReadPath.HubInjects:
                var injects = await person.Hub!.InvokeAsync<JsonElement>("GetInjects", id);
                AssertInjectDetailsRedacted(person, injects, facts);
                return new Seen(Injects: injects.EnumerateArray().Select(i => i.GetProperty("id").GetString()!).ToHashSet());
            case ReadPath.HubCatchUp:
                var events = new HashSet<long>();
                var after = 0L;
                while (true)
                {
                    var page = await person.Hub!.InvokeAsync<JsonElement>("CatchUp", id, after);
                    events.UnionWith(page.EnumerateArray().Select(e => e.GetProperty("seq").GetInt64()));
                    if (page.GetArrayLength() < 500)
                    {
                        return new Seen(Events: events);
                    }

                    after = page[page.GetArrayLength() - 1].GetProperty("seq").GetInt64();
                }

            case ReadPath.HubSectorHistories:
                var histories = await person.Hub!.InvokeAsync<JsonElement>("GetSectorHistories", id);
                AssertHistoriesAreTheRunsCurves(histories, facts);
                return new Seen(Sectors: histories.EnumerateArray().Select(h => h.GetProperty("sector").GetString()!).ToHashSet());
            case ReadPath.HubPushes:
                return new Seen(Events: person.Pushed.ToHashSet());
            case ReadPath.Events or ReadPath.ReportJson:
                var lines = await person.Http.GetStringAsync(path == ReadPath.Events ? $"/api/exercises/{id}/events?after=0" : ReportUrl(person, path));
                return new Seen(Events: lines.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("seq").GetInt64()).ToHashSet());
            case ReadPath.Snapshot or ReadPath.Replay or ReadPath.Review:
                var url = path switch
                {
                    ReadPath.Snapshot => $"/api/exercises/{id}/snapshot",
                    ReadPath.Replay => $"/api/exercises/{id}/replay?seq={facts.Log.Count}",
                    _ => $"/api/exercises/{id}/review",
                };
                var body = JsonDocument.Parse(await person.Http.GetStringAsync(url)).RootElement;
                return new Seen(Ids(body, "injects"), Ids(body, "expectedActions"), Ids(body, "decisions"), Ids(body, "sectors"));
            default:
                return new Seen();
        }
    }

    /// <summary>Triggers, due times and controller notes are control's; a team's inject lists only its own expected actions.</summary>
    private void AssertInjectDetailsRedacted(Participant person, JsonElement injects, Facts facts)
    {
        var role = Enum.GetValues<Role>().First(r => ReferenceEquals(fixture.Person(PhaseOf(person), r), person));
        foreach (var inject in injects.EnumerateArray())
        {
            var injectId = inject.GetProperty("id").GetString()!;
            var isControl = role == Role.Control;
            Assert.True(isControl == (inject.GetProperty("trigger").ValueKind != JsonValueKind.Null), $"{role}: trigger of {injectId}");
            if (!isControl)
            {
                Assert.Equal(JsonValueKind.Null, inject.GetProperty("notes").ValueKind);
                Assert.True(inject.GetProperty("dueAt").ValueKind == JsonValueKind.Null, $"{role}: due time of {injectId}");
            }

            var phase = PhaseOf(person);
            var expectedActions = facts.Actions.Count(a => a.InjectId == injectId && NeedToKnowTable.SeesAction(role, phase, a, facts));
            Assert.True(expectedActions == inject.GetProperty("expectedActions").GetArrayLength(), $"{role} while {phase}: expected actions listed on {injectId}");
        }
    }

    /// <summary>Each history holds exactly its sector's sampled and state-changed events of the current run, as control's log has them.</summary>
    private static void AssertHistoriesAreTheRunsCurves(JsonElement histories, Facts facts)
    {
        var runStart = facts.Log.LastOrDefault(e => e.GetProperty("type").GetString() == "exercise-reset") is { ValueKind: JsonValueKind.Object } reset
            ? reset.GetProperty("seq").GetInt64()
            : 0;
        foreach (var history in histories.EnumerateArray())
        {
            var sector = history.GetProperty("sector").GetString()!;
            var expected = facts.Log
                .Where(e => e.GetProperty("type").GetString() is "sector-sampled" or "sector-state-changed"
                    && e.GetProperty("sector").GetString() == sector && e.GetProperty("seq").GetInt64() > runStart)
                .Select(e => e.GetProperty("seq").GetInt64())
                .ToList();
            var points = history.GetProperty("points").EnumerateArray().Select(p => p.GetProperty("seq").GetInt64()).ToList();
            Assert.True(expected.SequenceEqual(points), $"history of {sector}: points [{string.Join(", ", points)}], the log has [{string.Join(", ", expected)}]");
        }
    }

    private Phase PhaseOf(Participant person) => fixture.Exercises.First(e => e.Value == person.ExerciseId).Key;

    private async Task AssertRefusedAsync(ReadPath path, Role role, Participant person)
    {
        var id = person.ExerciseId;
        switch (path)
        {
            case ReadPath.HubPushes:
                Assert.Empty(person.Pushed);
                return;
            case ReadPath.HubJoin or ReadPath.HubOutline or ReadPath.HubInjects or ReadPath.HubCatchUp or ReadPath.HubSectorHistories:
                if (person.Hub is null)
                {
                    await using var anonymous = new HubClients(fixture.Server).Anonymous();
                    await Assert.ThrowsAnyAsync<Exception>(() => anonymous.StartAsync());
                    return;
                }

                var (method, args) = path switch
                {
                    ReadPath.HubJoin => ("Join", new object[] { id }),
                    ReadPath.HubOutline => ("GetOutline", [id]),
                    ReadPath.HubInjects => ("GetInjects", [id]),
                    ReadPath.HubSectorHistories => ("GetSectorHistories", [id]),
                    _ => ("CatchUp", [id, 0L]),
                };
                await Assert.ThrowsAsync<HubException>(() => person.Hub.InvokeCoreAsync<JsonElement>(method, args));
                return;
            default:
                var url = path switch
                {
                    ReadPath.Events => $"/api/exercises/{id}/events?after=0",
                    ReadPath.Snapshot => $"/api/exercises/{id}/snapshot",
                    ReadPath.Replay => $"/api/exercises/{id}/replay?seq=1",
                    ReadPath.Review => $"/api/exercises/{id}/review",
                    _ => ReportUrl(person, path),
                };
                var response = await person.Http.GetAsync(url);
                Assert.True(
                    response.StatusCode == (role == Role.Anonymous ? HttpStatusCode.Unauthorized : HttpStatusCode.Forbidden),
                    $"{path} as {role}: {(int)response.StatusCode}");
                return;
        }
    }

    private static string ReportUrl(Participant person, ReadPath path) => $"/api/exercises/{person.ExerciseId}/report?format=" + path switch
    {
        ReadPath.ReportJson => "json",
        ReadPath.ReportHtml => "html",
        ReadPath.ReportMarkdown => "md",
        _ => "csv",
    };

    private Task<Facts> FactsAsync(Phase phase)
    {
        lock (FactsByPhase)
        {
            var key = phase;
            if (!FactsByPhase.TryGetValue(key, out var facts) || facts.IsFaulted)
            {
                FactsByPhase[key] = facts = Facts.LoadAsync(fixture, phase);
            }

            return facts;
        }
    }

    private static HashSet<string> Ids(JsonElement body, string property) =>
        [.. body.GetProperty(property).EnumerateArray().Select(x => x.GetProperty("id").GetString()!)];

    private static void AssertSame(IReadOnlySet<string>? expected, IReadOnlySet<string>? seen, string context, string kind)
    {
        if (seen is null)
        {
            return;
        }

        var missing = expected!.Except(seen).Order().ToList();
        var extra = seen.Except(expected!).Order().ToList();
        Assert.True(missing.Count == 0 && extra.Count == 0, $"{context}: {kind} missing [{string.Join(", ", missing)}], {kind} it must not see [{string.Join(", ", extra)}]");
    }

    /// <summary>The longest plain prefix of a title (letters, digits, spaces) if it names that inject alone; null if too short to tell.</summary>
    private static string? DistinctivePart(string title, Facts facts)
    {
        var part = new string([.. title.TakeWhile(c => char.IsLetterOrDigit(c) || c == ' ')]).TrimEnd();
        return part.Length >= 10 && facts.Injects.Values.Count(i => i.Title.Contains(part, StringComparison.Ordinal)) == 1 ? part : null;
    }

    private static string Describe(Facts facts, long seq) =>
        facts.Log.FirstOrDefault(e => e.GetProperty("seq").GetInt64() == seq) is { ValueKind: JsonValueKind.Object } e
            ? $"{seq} {e.GetProperty("type").GetString()}"
            : seq.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
