using ExerciseServer.Core.Engine;
using ExerciseServer.Core.Engine.Commands;
using ExerciseServer.Core.Engine.Events;
using ExerciseServer.Core.Review;
using ExerciseServer.Core.Tests.Support;
using ExerciseServer.Core.Visibility;
using static ExerciseServer.Tests.Shared.TestScenarios;

namespace ExerciseServer.Core.Tests.Engine;

/// <summary>
/// Roles during play: control writes ad-hoc injects and messages to one role of a team (<c>red/liaison</c>), which
/// only that role's participants read while their team answers for it; and every team action records who in the team
/// did it ("name (role)"), which the review's team lane shows.
/// </summary>
public sealed class RolePlayTests
{
    private const string Scenario = Header + Sectors + """
        teams:
          - id: red
            name: Red
            sees: [energy]
            roles:
              - { id: lead, name: Lead }
              - { id: liaison, name: Liaison officer }
          - id: blue
            name: Blue
            sees: [energy]

        injects:
          - id: i1
            at: 10m
            to: red
            title: Hello

        """;

    private static readonly Viewer Liaison = Viewer.Player("ex", "red", "liaison");
    private static readonly Viewer Lead = Viewer.Player("ex", "red", "lead");
    private static readonly Viewer RedWithoutRole = Viewer.Player("ex", "red");
    private static readonly Viewer BlueTeam = Viewer.Player("ex", "blue");

    private static EngineHarness Started()
    {
        var harness = new EngineHarness(Scenario);
        harness.Control(new StartExercise(CommandIssuer.Control));
        return harness;
    }

    [Fact]
    public void An_ad_hoc_inject_to_a_role_reaches_that_role_alone_and_its_team_answers_for_it()
    {
        var harness = Started();

        var result = harness.Control(new CreateAdHocInject(CommandIssuer.Control, ["red/liaison"], "email", "For the liaison", "Call Blue."));

        Assert.Null(result.Rejection);
        var created = harness.Single<AdHocInjectCreated>(_ => true);
        Assert.Equal(["red/liaison"], created.Audience.Roles);
        Assert.Empty(created.Audience.Teams);
        Assert.Equal(["red"], harness.State.Injects[created.InjectId].Recipients);
        Assert.True(VisibilityPolicy.MaySee(Liaison, created));
        Assert.All([Lead, RedWithoutRole, BlueTeam], v => Assert.False(VisibilityPolicy.MaySee(v, created), v.ToString()));

        var acknowledged = harness.Run(new AcknowledgeInject(new CommandIssuer(IssuerRole.Team, "red", "Aino") { TeamRole = "liaison" }, created.InjectId));
        Assert.Null(acknowledged.Rejection);
    }

    [Fact]
    public void A_message_to_a_role_reaches_that_role_and_the_sender_not_the_rest_of_the_team()
    {
        var harness = Started();

        Assert.Null(harness.Control(new SendMessage(CommandIssuer.Control, "red/lead", "Lead only: brief the minister.")).Rejection);
        Assert.Null(harness.Run(new SendMessage(new CommandIssuer(IssuerRole.Team, "blue", "Bo"), "red/liaison", "Blue to your liaison.")).Rejection);

        var fromControl = harness.Single<MessageSent>(m => m.From == "control");
        Assert.True(VisibilityPolicy.MaySee(Lead, fromControl));
        Assert.All([Liaison, RedWithoutRole, BlueTeam], v => Assert.False(VisibilityPolicy.MaySee(v, fromControl), v.ToString()));
        var fromBlue = harness.Single<MessageSent>(m => m.From == "blue");
        Assert.True(VisibilityPolicy.MaySee(Liaison, fromBlue));
        Assert.True(VisibilityPolicy.MaySee(BlueTeam, fromBlue));
        Assert.All([Lead, RedWithoutRole], v => Assert.False(VisibilityPolicy.MaySee(v, fromBlue), v.ToString()));
    }

    [Theory]
    [InlineData("red/minister", "there is no role 'red/minister'")]
    [InlineData("green/lead", "there is no role 'green/lead'")]
    [InlineData("green", "there is no team 'green'")]
    public void An_unknown_role_or_team_is_refused_with_its_name(string to, string words)
    {
        var harness = Started();

        var adHoc = harness.Control(new CreateAdHocInject(CommandIssuer.Control, [to], "email", "T", "B")).Refusal;
        var message = harness.Control(new SendMessage(CommandIssuer.Control, to, "Hello")).Refusal;

        Assert.All([adHoc, message], r =>
        {
            Assert.Equal(RejectionCode.NotFound, r!.Code);
            Assert.Contains(words, r.Message, StringComparison.Ordinal);
        });
        Assert.Empty(harness.Events<AdHocInjectCreated>());
        Assert.Empty(harness.Events<MessageSent>());
    }

    [Fact]
    public void The_review_shows_who_in_the_team_did_what()
    {
        var harness = Started();
        harness.Tick(TimeSpan.FromMinutes(11));
        var aino = new CommandIssuer(IssuerRole.Team, "red", "Aino") { TeamRole = "liaison" };
        var matti = new CommandIssuer(IssuerRole.Team, "red", "Matti");

        harness.Run(new AcknowledgeInject(aino, "i1"));
        harness.Run(new RespondToInject(matti, "i1", "On it."));
        harness.Run(new SendMessage(aino, "blue", "Can you help?"));

        Assert.Equal("Aino (Liaison officer)", harness.Single<InjectAcknowledged>(_ => true).By);
        Assert.Equal("Matti", harness.Single<InjectResponded>(_ => true).By);
        var lane = ReviewBuilder.Build(harness.Index, "ex", "x", harness.Log).Teams.Single(t => t.Id == "red").Timeline;
        Assert.Equal("Aino (Liaison officer)", lane.Single(e => e.Kind == "acknowledged").By);
        Assert.Equal("Matti", lane.Single(e => e.Kind == "answered").By);
        Assert.Equal("Aino (Liaison officer)", lane.Single(e => e.Kind == "message-sent").By);
        Assert.Null(lane.Single(e => e.Kind == "received").By);
    }
}
