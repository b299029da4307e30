using System.Net.Http.Json;
using System.Text.Json;
using ExerciseServer.Tests.Support;
using Microsoft.AspNetCore.SignalR.Client;

namespace ExerciseServer.Tests.Review;

/// <summary>
/// The quickstart played once through the hub to a script, with the clock paused and moved by jumps so every game
/// time is exact: Finland acknowledges q01 at 2m (a minute after its release) and answers at 4m (three minutes),
/// Estonia never confirms (its expected action is missed at 6m), Finland reroutes at 8m, an evaluator rates, control
/// ends, findings and an improvement item are written, and Finland answers the hot wash. The live snapshot is
/// recorded at three moments on the way.
/// </summary>
public sealed class PlayedExerciseFixture : IAsyncLifetime
{
    public ServerFactory Server { get; } = new();

    public string ExerciseId { get; private set; } = "";

    public string EvaluatorCode { get; private set; } = "";

    public string FinlandCode { get; private set; } = "";

    /// <summary>The live snapshot as the server answered it at each moment, with its seq.</summary>
    public List<(string Moment, long Seq, string Live)> Moments { get; } = [];

    public async ValueTask InitializeAsync()
    {
        var clients = new HubClients(Server);
        ExerciseId = await clients.CreateExerciseAsync();
        FinlandCode = await clients.IssueCodeAsync(ExerciseId, new { team = "fi-ncsc" });
        EvaluatorCode = await clients.IssueCodeAsync(ExerciseId, new { role = "evaluator" });
        await using var control = await clients.ControlAsync();
        await using var finland = await clients.JoinAsync(FinlandCode, "Aino");
        await using var estonia = await clients.JoinAsync(await clients.IssueCodeAsync(ExerciseId, new { team = "ee-ria" }), "Kadri");
        await using var evaluator = await clients.JoinAsync(EvaluatorCode, "Eeva");
        var id = ExerciseId;
        var step = 0;
        async Task Do(HubConnection connection, string method, params object?[] args)
        {
            var outcome = await connection.InvokeCoreAsync<JsonElement>(method, [id, .. args, $"step-{++step}"]);
            Assert.True(outcome.GetProperty("accepted").GetBoolean(), $"{method}: {outcome}");
        }

        await Do(control, "Start");
        await Do(control, "Pause");
        await Do(control, "Jump", "PT2M");
        await Do(finland, "Acknowledge", "q01-signal-loss");
        await RecordMomentAsync("after Finland's acknowledgement");
        await Do(control, "Jump", "PT4M");
        await Do(finland, "Respond", "q01-signal-loss", "Operator reports a fault 38 km out; RIA informed by chat.");
        await Do(finland, "SendMessage", "ee-ria", "We see loss of light 38 km out. Do you?");
        await RecordMomentAsync("after Finland's answer");
        await Do(control, "Jump", "PT8M");
        await Do(finland, "Decide", "reroute", "reroute-now");
        await Do(evaluator, "Rate", "objective", "share-information", "S", null);
        await Do(evaluator, "Rate", "objective", "share-information", "M", "Estonia never confirmed.");
        await Do(evaluator, "Rate", "expected-action", "q01-ee-notify", "U", null);
        await Do(evaluator, "RecordObservation", "Estonia read the news before the operator's alert.", "q02-news", "ee-ria", "share-information");
        await RecordMomentAsync("after the ratings");
        await Do(control, "End");
        await Do(evaluator, "RecordFinding", null, "strength", "share-information", "Finland used the chat at once.");
        await Do(evaluator, "RecordFinding", null, "area-for-improvement", "share-information", "Estonia did not confirm what its landing station saw.");
        await Do(evaluator, "PlanImprovement", null, "F2", "Add the landing-station check to RIA's checklist.", "RIA duty officer", "2027-03-31");
        await Do(finland, "AnswerHotWash", "hw-first-call", "About three minutes, through the chat.");
    }

    public HttpClient Control() => Server.CreateControlClient();

    public async Task<HttpClient> SignedInAsync(string code, string name)
    {
        var client = Server.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { HandleCookies = true });
        (await client.PostAsJsonAsync("/api/auth/join", new { code, name })).EnsureSuccessStatusCode();
        return client;
    }

    public async ValueTask DisposeAsync() => await Server.DisposeAsync();

    private async Task RecordMomentAsync(string moment)
    {
        var live = await Control().GetStringAsync($"/api/exercises/{ExerciseId}/snapshot");
        Moments.Add((moment, JsonDocument.Parse(live).RootElement.GetProperty("seq").GetInt64(), live));
    }
}
