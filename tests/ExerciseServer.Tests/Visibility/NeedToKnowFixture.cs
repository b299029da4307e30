using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ExerciseServer.Tests.Support;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace ExerciseServer.Tests.Visibility;

/// <summary>
/// The Baltic scenario as three exercises, one per phase (ready, running, ended), each with a signed-in person of
/// every role, plus a player of another exercise and an anonymous caller. The running and ended exercises are played
/// to one script while everybody is connected, so each role's pushed events are recorded: the clock jumps past the
/// control-only endex cue (2d10h), control holds and cancels on-demand injects and writes an inject to control only
/// and one to Finland, Finland acknowledges, answers and messages, an evaluator observes and rates; the ended one is
/// then ended, a finding written and the hot wash answered.
/// </summary>
public sealed class NeedToKnowFixture : IAsyncLifetime
{
    public const string TeamA = "fi-gov";
    public const string TeamB = "ee-gov";

    /// <summary>The role of team A that <see cref="Role.TeamARole"/> signs in for; the scenario addresses one inject to it alone.</summary>
    public const string TeamARole = "border";

    private readonly Dictionary<(Phase, Role), Participant> _people = [];
    private int _step;

    public ServerFactory Server { get; } = new();

    public Dictionary<Phase, string> Exercises { get; } = [];

    public string OtherExercise { get; private set; } = "";

    public async ValueTask InitializeAsync()
    {
        var control = Server.CreateControlClient();
        OtherExercise = await CreateAsync(control, "quickstart");
        var outsiderCode = await IssueAsync(control, OtherExercise, new { team = "fi-ncsc" });
        foreach (var phase in Enum.GetValues<Phase>())
        {
            var id = await CreateAsync(control, "baltic-critical-infrastructure");
            Exercises[phase] = id;
            _people[(phase, Role.Control)] = await ConnectAsync(id, null, null);
            _people[(phase, Role.TeamA)] = await ConnectAsync(id, await IssueAsync(control, id, new { team = TeamA }), "Aino <b>FI</b>");
            _people[(phase, Role.TeamARole)] = await ConnectAsync(id, await IssueAsync(control, id, new { team = TeamA, teamRole = TeamARole }), "Bertta");
            _people[(phase, Role.TeamB)] = await ConnectAsync(id, await IssueAsync(control, id, new { team = TeamB }), "Kadri");
            _people[(phase, Role.Observer)] = await ConnectAsync(id, await IssueAsync(control, id, new { role = "observer" }), "Olli");
            _people[(phase, Role.Evaluator)] = await ConnectAsync(id, await IssueAsync(control, id, new { role = "evaluator" }), "Eeva");
            _people[(phase, Role.Outsider)] = await ConnectAsync(id, outsiderCode, "Mallory");
            _people[(phase, Role.Anonymous)] = new Participant(id, Server.CreateClient(), null);
        }

        foreach (var phase in new[] { Phase.Running, Phase.Ended })
        {
            await PlayAsync(phase);
        }

        // Pushes arrive after the commands are answered; wait until control, who sees everything, has them all.
        foreach (var phase in new[] { Phase.Running, Phase.Ended })
        {
            var last = (await LogAsync(phase)).Max(e => e.GetProperty("seq").GetInt64());
            var deadline = DateTime.UtcNow.AddSeconds(20);
            while (!Person(phase, Role.Control).Pushed.Contains(last) && DateTime.UtcNow < deadline)
            {
                await Task.Delay(50);
            }
        }

        await Task.Delay(500);
    }

    public Participant Person(Phase phase, Role role) => _people[(phase, role)];

    /// <summary>The whole log as control reads it.</summary>
    public async Task<IReadOnlyList<JsonElement>> LogAsync(Phase phase)
    {
        var text = await Server.CreateControlClient().GetStringAsync($"/api/exercises/{Exercises[phase]}/events?after=0");
        return [.. text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement.Clone())];
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var person in _people.Values)
        {
            if (person.Hub is not null)
            {
                await person.Hub.DisposeAsync();
            }
        }

        await Server.DisposeAsync();
    }

    private async Task PlayAsync(Phase phase)
    {
        var control = Person(phase, Role.Control).Hub!;
        var finland = Person(phase, Role.TeamA).Hub!;
        var estonia = Person(phase, Role.TeamB).Hub!;
        var evaluator = Person(phase, Role.Evaluator).Hub!;
        var id = Exercises[phase];
        await DoAsync(id, control, "Start");
        await DoAsync(id, control, "Pause");
        await DoAsync(id, control, "Jump", "2d11h");
        await DoAsync(id, control, "HoldInject", "o02-drones-inkoo");
        await DoAsync(id, control, "CancelInject", "o03-ddos-tso");
        await DoAsync(id, control, "CreateInject", new[] { "control" }, "email", "Controller cue <i>only</i>", "Ask the white cell for the endex brief.");
        await DoAsync(id, control, "CreateInject", new[] { TeamA }, "phone", "Call from Fingrid", "Frequency <script>alert(1)</script> is stable.");
        await DoAsync(id, finland, "Acknowledge", "d01-gas-pressure-drop");
        await DoAsync(id, finland, "Respond", "d01-gas-pressure-drop", "Gasgrid confirms the drop; we inform Estonia.");
        await DoAsync(id, finland, "SendMessage", TeamB, "Do you see the drop at Paldiski?");
        await DoAsync(id, finland, "SendMessage", "control", "Please confirm the exercise time.");
        await DoAsync(id, estonia, "SendMessage", "se-gov", "Sweden, anything on the Gotland cable?");
        await DoAsync(id, evaluator, "RecordObservation", "Finland shared at once.", "d01-gas-pressure-drop", TeamA, null);
        await DoAsync(id, evaluator, "Rate", "objective", "share-information", "S", null);
        if (phase == Phase.Ended)
        {
            await DoAsync(id, control, "End");
            await DoAsync(id, evaluator, "RecordFinding", null, "strength", "share-information", "Finland warned Estonia within the hour.");
            await DoAsync(id, finland, "AnswerHotWash", "hw-first-hour", "We knew of the drop; Estonia knew within the hour.");
        }
    }

    private async Task DoAsync(string exerciseId, HubConnection connection, string method, params object?[] args)
    {
        var outcome = await connection.InvokeCoreAsync<JsonElement>(method, [exerciseId, .. args, $"matrix-{++_step}"]);
        Assert.True(outcome.GetProperty("accepted").GetBoolean(), $"{method}: {outcome}");
    }

    private static async Task<string> CreateAsync(HttpClient control, string scenario)
    {
        var created = await control.PostAsJsonAsync("/api/exercises", new { scenarioId = scenario });
        created.EnsureSuccessStatusCode();
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    private static async Task<string> IssueAsync(HttpClient control, string exerciseId, object body)
    {
        var issued = await control.PostAsJsonAsync($"/api/exercises/{exerciseId}/codes", body);
        issued.EnsureSuccessStatusCode();
        return (await issued.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString()!;
    }

    /// <summary>Control (code null) with the API token, else a person signed in with a join code; connected and, where allowed, joined.</summary>
    private async Task<Participant> ConnectAsync(string exerciseId, string? code, string? name)
    {
        HttpClient http;
        CookieContainer? cookies = null;
        if (code is null)
        {
            http = Server.CreateControlClient();
        }
        else
        {
            cookies = new CookieContainer();
            http = new HttpClient(new CookieContainerHandler(cookies) { InnerHandler = Server.Server.CreateHandler() }) { BaseAddress = Server.Server.BaseAddress };
            (await http.PostAsJsonAsync("/api/auth/join", new { code, name })).EnsureSuccessStatusCode();
        }

        var hub = new HubConnectionBuilder()
            .WithUrl(new Uri(Server.Server.BaseAddress, "hubs/exercise"), options =>
            {
                options.Transports = HttpTransportType.LongPolling;
                options.HttpMessageHandlerFactory = _ => cookies is null
                    ? Server.Server.CreateHandler()
                    : new CookieContainerHandler(cookies) { InnerHandler = Server.Server.CreateHandler() };
                if (code is null)
                {
                    options.AccessTokenProvider = () => Task.FromResult<string?>(ServerFactory.ApiToken);
                }
            })
            .Build();
        var participant = new Participant(exerciseId, http, hub);
        hub.On<string, JsonElement>("events", (exercise, events) =>
        {
            if (exercise == exerciseId)
            {
                participant.Record(events);
            }
        });
        await hub.StartAsync();
        try
        {
            await hub.InvokeAsync<JsonElement>("Join", exerciseId);
        }
        catch (HubException)
        {
            // An outsider may not join; its connection stays open to be refused on every read path.
        }

        return participant;
    }
}
