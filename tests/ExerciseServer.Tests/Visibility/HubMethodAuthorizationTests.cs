using System.Reflection;
using System.Text.Json;
using ExerciseServer.Hubs;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace ExerciseServer.Tests.Visibility;

/// <summary>
/// Every hub method × every role that may not call it is refused, as an authorisation refusal and with nothing
/// written to the log. The table of who may call what is here once; a hub method missing from it fails the test.
/// Every case asks the one server of <see cref="HubCallersFixture"/>: a refusal writes nothing, so the cases cannot
/// disturb each other.
/// </summary>
public sealed class HubMethodAuthorizationTests(HubCallersFixture callers) : IClassFixture<HubCallersFixture>
{
    private const string Control = "control", Player = "player", Observer = "observer", Evaluator = "evaluator";

    /// <summary>Who may call each hub method (besides control, for the staff and shared ones).</summary>
    private static readonly Dictionary<string, string[]> MayCall = new(StringComparer.Ordinal)
    {
        ["Join"] = [Control, Player, Observer, Evaluator],
        ["GetOutline"] = [Control, Player, Observer, Evaluator],
        ["GetInjects"] = [Control, Player, Observer, Evaluator],
        ["CatchUp"] = [Control, Player, Observer, Evaluator],
        ["GetSectorHistories"] = [Control, Player, Observer, Evaluator],
        ["GetPresence"] = [Control],
        ["Acknowledge"] = [Player],
        ["Respond"] = [Player],
        ["Decide"] = [Player],
        ["CastJointVote"] = [Player],
        ["SendMessage"] = [Control, Player],
        ["GetHotWash"] = [Player],
        ["AnswerHotWash"] = [Player],
        ["RecordObservation"] = [Control, Evaluator],
        ["Rate"] = [Control, Evaluator],
        ["RecordFinding"] = [Control, Evaluator],
        ["PlanImprovement"] = [Control, Evaluator],
        ["WithdrawReviewItem"] = [Control, Evaluator],
        ["Start"] = [Control],
        ["Pause"] = [Control],
        ["Resume"] = [Control],
        ["End"] = [Control],
        ["SetSpeed"] = [Control],
        ["Jump"] = [Control],
        ["ReleaseInject"] = [Control],
        ["HoldInject"] = [Control],
        ["SkipInject"] = [Control],
        ["CancelInject"] = [Control],
        ["CreateInject"] = [Control],
    };

    private readonly string _exercise = callers.Exercise;

    public static TheoryData<string, string> Refusals()
    {
        var data = new TheoryData<string, string>();
        foreach (var method in HubMethods().Select(m => m.Name))
        {
            var allowed = MayCall.GetValueOrDefault(method) ?? [];
            foreach (var person in new[] { "fi-ncsc", "ee-ria", Observer, Evaluator, "outsider" })
            {
                var role = person switch { "fi-ncsc" or "ee-ria" => Player, "outsider" => "outsider", _ => person };
                if (!allowed.Contains(role))
                {
                    data.Add(method, person);
                }
            }
        }

        return data;
    }

    [Fact]
    public void Every_hub_method_is_in_the_table()
    {
        var missing = HubMethods().Select(m => m.Name).Where(name => !MayCall.ContainsKey(name)).ToList();
        Assert.True(missing.Count == 0, $"Hub methods with no row in the table: {string.Join(", ", missing)}");
    }

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task A_role_that_may_not_call_a_method_is_refused_and_nothing_is_written(string method, string person)
    {
        var before = await LogLengthAsync();
        var hub = callers.People[person];
        var error = await Assert.ThrowsAsync<HubException>(() => hub.InvokeCoreAsync<JsonElement>(method, Arguments(method)));
        Assert.True(
            error.Message.Contains("may not", StringComparison.Ordinal) || error.Message.Contains("not signed in to this exercise", StringComparison.Ordinal),
            $"{method} as {person} was refused for another reason: {error.Message}");
        Assert.Equal(before, await LogLengthAsync());
    }

    private static IEnumerable<MethodInfo> HubMethods() =>
        typeof(ExerciseHub).GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(m => !m.IsSpecialName && m.Name != nameof(Hub.OnDisconnectedAsync) && m.Name != nameof(Hub.OnConnectedAsync));

    /// <summary>Arguments that would be valid for the method's rightful caller: this exercise, real ids, a fresh key.</summary>
    private object?[] Arguments(string method)
    {
        var parameters = typeof(ExerciseHub).GetMethod(method)!.GetParameters();
        return [.. parameters.Select<ParameterInfo, object?>(p => p.Name switch
        {
            "exerciseId" => _exercise,
            "idempotencyKey" => $"auth-{Guid.NewGuid():N}",
            "injectId" => "q01-signal-loss",
            "to" when p.ParameterType == typeof(string[]) => new[] { "fi-ncsc" },
            "to" => "fi-ncsc",
            "channel" => "email",
            "targetKind" => "objective",
            "targetId" or "objectiveId" => "share-information",
            "rating" => "S",
            "kind" => "strength",
            "due" => "2027-01-31",
            "decisionId" => "reroute",
            "optionId" => "reroute-now",
            "questionId" => "hw-first-call",
            _ when p.ParameterType == typeof(long) => 0L,
            _ when p.ParameterType == typeof(double) => 60.0,
            _ when p.ParameterType == typeof(string) => "Some text",
            _ => null,
        })];
    }

    private async Task<int> LogLengthAsync()
    {
        var text = await callers.Server.CreateControlClient().GetStringAsync($"/api/exercises/{_exercise}/events?after=0");
        return text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length;
    }
}
