using ExerciseServer.Core.Engine;
using ExerciseServer.Core.Engine.Commands;
using ExerciseServer.Core.Engine.Events;
using ExerciseServer.Core.Review;
using ExerciseServer.Core.Scenarios.Model;
using ExerciseServer.Core.Tests.Support;
using static ExerciseServer.Core.Tests.Support.EngineHarness;

namespace ExerciseServer.Core.Tests.Engine;

/// <summary>Joint decisions: each team's vote is an event; the option applies once, when the rule resolves.</summary>
public sealed class JointDecisionTests
{
    private static readonly CommandIssuer Eu = new(IssuerRole.Team, "eu", "Elena");
    private static readonly CommandIssuer Nato = new(IssuerRole.Team, "nato", "Niels");
    private static readonly CommandIssuer Fi = CommandIssuer.OfTeam("fi");

    private static EngineHarness At(double minutes)
    {
        var harness = new EngineHarness(EngineScenarios.Joint);
        Assert.True(harness.At(TimeSpan.Zero, new StartExercise(CommandIssuer.Control)).Accepted);
        harness.Tick(Min(minutes));
        return harness;
    }

    [Fact]
    public void All_agreeing_applies_the_option_once_with_its_effects_follow_ups_and_each_teams_resources()
    {
        var harness = At(6);

        Assert.True(harness.At(Min(7), new CastJointVote(Eu, "attribute", "attribute")).Accepted);
        Assert.Empty(harness.Events<JointDecisionResolved>());
        Assert.Null(harness.State.Decisions["attribute"].Chosen);
        Assert.True(harness.At(Min(8), new CastJointVote(Nato, "attribute", "attribute")).Accepted);
        harness.Tick(Min(9));

        var votes = harness.Events<JointVoteCast>().ToList();
        Assert.Equal([("eu", "attribute", "Elena"), ("nato", "attribute", "Niels")], votes.Select(v => (v.Team, v.OptionId!, v.By!)));
        var resolved = harness.Single<JointDecisionResolved>(_ => true);
        Assert.Equal(("attribute", JointResolution.Agreed, Min(8)), (resolved.OptionId, resolved.How, resolved.GameTime));
        Assert.Equal((1.0, 0.0), (harness.State.Resources["eu"]["liaisons"], harness.State.Resources["nato"]["liaisons"]));
        Assert.Equal(Min(8), harness.Single<InjectReleased>(e => e.InjectId == "statement").GameTime);
        Assert.False(harness.State.Decisions["attribute"].ByDefault);

        // The deadline passes without a second resolution: the option applied once.
        harness.Tick(Min(40));
        Assert.Single(harness.Events<JointDecisionResolved>(), e => e.DecisionId == "attribute");
        Assert.DoesNotContain(harness.Events<InjectReleased>(), e => e.InjectId == "quiet");
    }

    [Fact]
    public void Under_all_one_team_refusing_means_no_agreement_and_the_default_applies_at_once()
    {
        var harness = At(6);

        Assert.True(harness.At(Min(7), new CastJointVote(Eu, "attribute", "attribute")).Accepted);
        Assert.True(harness.At(Min(9), new CastJointVote(Nato, "attribute", null)).Accepted);

        var resolved = harness.Single<JointDecisionResolved>(_ => true);
        Assert.Equal(("hold", JointResolution.NotAgreed, Min(9)), (resolved.OptionId, resolved.How, resolved.GameTime));
        Assert.True(harness.State.Decisions["attribute"].ByDefault);
        Assert.Equal(Min(9), harness.Single<InjectReleased>(e => e.InjectId == "quiet").GameTime);
        Assert.Equal(2.0, harness.State.Resources["eu"]["liaisons"]);
        Assert.Null(harness.Single<JointVoteCast>(v => v.Team == "nato").OptionId);
    }

    [Fact]
    public void Under_all_nobody_voting_lets_the_default_apply_at_the_deadline()
    {
        var harness = At(6);
        Assert.True(harness.At(Min(7), new CastJointVote(Eu, "attribute", "attribute")).Accepted);

        harness.Tick(Min(26));

        var resolved = harness.Single<JointDecisionResolved>(e => e.DecisionId == "attribute");
        Assert.Equal(("hold", JointResolution.Deadline, Min(25)), (resolved.OptionId, resolved.How, resolved.GameTime));
        Assert.Equal(new[] { "eu", "nato" }, resolved.Audience.Teams);
    }

    [Fact]
    public void Majority_resolves_when_more_than_half_agree_and_the_last_vote_is_refused()
    {
        var harness = At(11);

        Assert.True(harness.At(Min(12), new CastJointVote(Eu, "respond", "sanction")).Accepted);
        Assert.True(harness.At(Min(13), new CastJointVote(Fi, "respond", "talk")).Accepted);
        Assert.Empty(harness.Events<JointDecisionResolved>());
        Assert.True(harness.At(Min(14), new CastJointVote(Nato, "respond", "sanction")).Accepted);

        var resolved = harness.Single<JointDecisionResolved>(_ => true);
        Assert.Equal(("sanction", JointResolution.Majority), (resolved.OptionId, resolved.How));
        Assert.Equal(RejectionCode.DecisionResolved, harness.At(Min(15), new CastJointVote(Fi, "respond", "wait")).Refusal!.Code);
    }

    [Fact]
    public void Majority_that_can_no_longer_be_reached_falls_back_to_the_default()
    {
        var harness = At(11);

        harness.At(Min(12), new CastJointVote(Eu, "respond", "sanction"));
        harness.At(Min(13), new CastJointVote(Fi, "respond", "talk"));
        harness.At(Min(14), new CastJointVote(Nato, "respond", "wait"));

        var resolved = harness.Single<JointDecisionResolved>(_ => true);
        Assert.Equal(("wait", JointResolution.NotAgreed, Min(14)), (resolved.OptionId, resolved.How, resolved.GameTime));
    }

    [Fact]
    public void Under_lead_the_others_advise_and_the_lead_decides_even_against_the_advice()
    {
        var harness = At(16);

        Assert.True(harness.At(Min(17), new CastJointVote(Eu, "priority", "north")).Accepted);
        Assert.Empty(harness.Events<JointDecisionResolved>());
        Assert.Equal(RejectionCode.Invalid, harness.At(Min(18), new CastJointVote(Nato, "priority", null)).Refusal!.Code);
        Assert.True(harness.At(Min(19), new CastJointVote(Nato, "priority", "south")).Accepted);

        var resolved = harness.Single<JointDecisionResolved>(_ => true);
        Assert.Equal(("south", JointResolution.Lead), (resolved.OptionId, resolved.How));
        Assert.True(harness.State.Model.Inoperability[0] > 0.1);
    }

    [Fact]
    public void A_lead_deciding_first_leaves_no_room_for_advice()
    {
        var harness = At(16);

        Assert.True(harness.At(Min(17), new CastJointVote(Nato, "priority", "north")).Accepted);

        Assert.Equal(JointResolution.Lead, harness.Single<JointDecisionResolved>(_ => true).How);
        Assert.Equal(RejectionCode.DecisionResolved, harness.At(Min(18), new CastJointVote(Eu, "priority", "south")).Refusal!.Code);
    }

    [Fact]
    public void Votes_are_refused_with_a_typed_reason()
    {
        var harness = At(6);

        Assert.Equal(RejectionCode.Conflict, harness.At(Min(6), new CastJointVote(Eu, "priority", "north")).Refusal!.Code);
        Assert.Equal(RejectionCode.NotAParty, harness.At(Min(7), new CastJointVote(Fi, "attribute", "attribute")).Refusal!.Code);
        Assert.True(harness.At(Min(7), new CastJointVote(Eu, "attribute", "attribute")).Accepted);
        var twice = harness.At(Min(8), new CastJointVote(Eu, "attribute", "hold")).Refusal!;
        Assert.Equal((RejectionCode.AlreadyVoted, "already-voted"), (twice.Code, twice.Word));
        Assert.Equal(RejectionCode.NotFound, harness.At(Min(8), new CastJointVote(Nato, "attribute", "maybe")).Refusal!.Code);
        Assert.Equal(RejectionCode.NotFound, harness.At(Min(8), new CastJointVote(Nato, "nothing", "maybe")).Refusal!.Code);
        Assert.Equal(RejectionCode.Invalid, harness.At(Min(8), new TakeDecision(Nato, "attribute", "hold")).Refusal!.Code);
        Assert.Equal(RejectionCode.Forbidden, harness.At(Min(8), new CastJointVote(CommandIssuer.Control, "attribute", "hold")).Refusal!.Code);
        harness.At(Min(9), new CastJointVote(Nato, "attribute", "hold"));
        Assert.Equal(RejectionCode.DecisionResolved, harness.At(Min(10), new CastJointVote(Nato, "attribute", "hold")).Refusal!.Code);
    }

    [Fact]
    public void Replaying_the_log_rebuilds_the_votes_and_resolutions()
    {
        var harness = At(16);
        harness.At(Min(17), new CastJointVote(Eu, "attribute", "attribute"));
        harness.At(Min(18), new CastJointVote(Fi, "respond", null));
        harness.At(Min(19), new CastJointVote(Eu, "priority", "south"));
        harness.At(Min(20), new CastJointVote(Nato, "priority", "north"));
        harness.Tick(Min(60));

        var replayed = ExerciseState.Replay(harness.Index, harness.Log);

        Assert.Equal(Fingerprint(harness.State), Fingerprint(replayed));
        Assert.Equal(2, replayed.Decisions["priority"].Votes.Count);
    }

    [Fact]
    public void The_review_shows_each_vote_and_how_the_decision_resolved()
    {
        var harness = At(6);
        harness.At(Min(7), new CastJointVote(Eu, "attribute", "attribute"));
        harness.At(Min(9), new CastJointVote(Nato, "attribute", null));

        var review = ReviewBuilder.Build(harness.Index, "x1", "Joint", harness.Log);

        var joint = review.Decisions.Single(d => d.Id == "attribute").Joint!;
        Assert.Equal((JointRule.All, (JointResolution?)JointResolution.NotAgreed), (joint.Rule, joint.Resolution));
        Assert.Equal([("eu", "Attribute", "Elena"), ("nato", (string?)null, "Niels")], joint.Votes.Select(v => (v.Team, v.OptionTitle, v.By)));
        Assert.Contains(review.Teams.Single(t => t.Id == "nato").Timeline, e => e.Kind == "voted" && e.Detail == "refused");
        Assert.Null(review.Decisions.Single(d => d.Id == "priority").Joint!.Resolution);
    }
}
