using ExerciseServer.Grains.Contracts;
using ExerciseServer.Grains.Presence;

namespace ExerciseServer.Grains.Tests.Presence;

/// <summary>Presence per node, merged: a dead node's people drop (and are shown so), a sign-out leaves no trace, reports rebuild.</summary>
public sealed class PresenceRosterTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);

    private static PresenceEntry Entry(string connection, string name, string node, string? session = null) =>
        new(connection, name, "player", "fi-ncsc", Now, session ?? "s-" + name, node);

    [Fact]
    public void A_dead_nodes_people_are_listed_as_dropped_until_they_connect_again()
    {
        var roster = new PresenceRoster();
        roster.Connected(Entry("a1", "Aino", "node-a"));
        roster.Connected(Entry("b1", "Bea", "node-b"));
        roster.Connected(Entry("b2", "Cai", "node-b"));

        Assert.True(roster.DropNodes(node => node == "node-b", Now));

        var listed = roster.List();
        Assert.Equal(["Aino", "Bea", "Cai"], listed.Select(e => e.Name));
        Assert.Null(listed[0].Dropped);
        Assert.All(listed.Skip(1), e => Assert.Equal(Now, e.Dropped));

        roster.Connected(Entry("a2", "Bea", "node-a"));
        Assert.Equal([("Aino", false), ("Bea", false), ("Cai", true)], roster.List().Select(e => (e.Name, e.Dropped is not null)));
        Assert.False(roster.DropNodes(node => node == "node-b", Now));
    }

    [Fact]
    public void A_sign_out_leaves_no_trace_and_an_old_drop_is_forgotten()
    {
        var roster = new PresenceRoster();
        roster.Connected(Entry("a1", "Aino", "node-a"));
        roster.Connected(Entry("b1", "Bea", "node-b"));

        Assert.True(roster.Disconnected("a1", Now));
        Assert.False(roster.Disconnected("a1", Now));
        roster.DropNodes(node => node == "node-b", Now);
        Assert.Equal(["Bea"], roster.List().Select(e => e.Name));

        Assert.False(roster.ForgetOldDrops(Now + PresenceRoster.DroppedFor - TimeSpan.FromSeconds(1)));
        Assert.True(roster.ForgetOldDrops(Now + PresenceRoster.DroppedFor));
        Assert.Empty(roster.List());
    }

    [Fact]
    public void Someone_still_connected_through_another_node_did_not_drop()
    {
        var roster = new PresenceRoster();
        roster.Connected(Entry("a1", "Aino", "node-a", session: "s1"));
        roster.Connected(Entry("b1", "Aino", "node-b", session: "s1"));

        roster.DropNodes(node => node == "node-b", Now);

        var only = Assert.Single(roster.List());
        Assert.Equal("a1", only.ConnectionId);
        Assert.Null(only.Dropped);
    }

    [Fact]
    public void A_nodes_report_replaces_what_was_known_of_it_and_rebuilds_a_lost_roster()
    {
        var roster = new PresenceRoster();
        roster.Connected(Entry("a1", "Aino", "node-a"));
        roster.Connected(Entry("b1", "Bea", "node-b"));

        Assert.True(roster.Reported("node-b", [Entry("b2", "Cai", "node-b")], Now, Now));
        Assert.False(roster.Reported("node-b", [Entry("b2", "Cai", "node-b")], Now, Now));
        Assert.Equal(["Aino", "Cai"], roster.List().Select(e => e.Name));

        var rebuilt = new PresenceRoster();
        rebuilt.Reported("node-a", [Entry("a1", "Aino", "node-a")], Now, Now);
        rebuilt.Reported("node-b", [Entry("b2", "Cai", "node-b")], Now, Now);
        Assert.Equal(roster.List(), rebuilt.List());
    }

    [Fact]
    public void A_report_overtaken_by_a_join_or_a_close_does_not_undo_it()
    {
        var roster = new PresenceRoster();
        roster.Connected(Entry("b1", "Bea", "node-b"));
        var asOf = Now.AddSeconds(-5);

        // The node took its account just before Cai joined and Bea left; both calls reached the grain first.
        roster.Connected(Entry("b2", "Cai", "node-b") with { Since = Now.AddSeconds(1) });
        roster.Disconnected("b1", Now.AddSeconds(1));
        roster.Reported("node-b", [Entry("b1", "Bea", "node-b")], asOf, Now.AddSeconds(2));

        Assert.Equal(["Cai"], roster.List().Select(e => e.Name));
    }
}
