using ExerciseServer.Core.Scenarios.Model;

namespace ExerciseServer.Core.Engine;

/// <summary>
/// Whether the votes cast so far resolve a joint decision, and how. Resolves as soon as the outcome is certain:
/// <list type="bullet">
/// <item>all: every team chose one option → that option (agreed); a team chose another option or refused → the
/// default (not agreed), at once, since no later vote can make the teams agree;</item>
/// <item>majority: more than half of the teams chose one option → that option; when no option can reach more than
/// half with the votes still to come → the default (not agreed);</item>
/// <item>lead: the lead team's vote → its option (lead); the other teams' votes before it are advice.</item>
/// </list>
/// At the deadline the engine applies the default (deadline) instead; that is not decided here.
/// </summary>
public static class JointDecisionRules
{
    /// <summary>Null while the rule is not met and can still be; else the option that applies and why.</summary>
    public static (string OptionId, JointResolution How)? Resolve(Decision decision, IReadOnlyList<JointVote> votes)
    {
        if (decision.Joint is not { } joint)
        {
            return null;
        }

        var parties = decision.Parties;
        var fallback = decision.Default?.Id;
        switch (joint.Rule)
        {
            case JointRule.Lead:
                var lead = votes.FirstOrDefault(v => v.Team == joint.Lead?.Id && v.OptionId is not null);
                return lead is null ? null : (lead.OptionId!, JointResolution.Lead);
            case JointRule.All:
                if (votes.Any(v => v.OptionId is null || v.OptionId != votes[0].OptionId))
                {
                    return fallback is null ? null : (fallback, JointResolution.NotAgreed);
                }

                return votes.Count == parties.Count ? (votes[0].OptionId!, JointResolution.Agreed) : null;
            default:
                var needed = (parties.Count / 2) + 1;
                var counts = votes.Where(v => v.OptionId is not null).GroupBy(v => v.OptionId!, StringComparer.Ordinal)
                    .Select(g => (Option: g.Key, Count: g.Count())).OrderByDescending(c => c.Count).ToList();
                if (counts.Count > 0 && counts[0].Count >= needed)
                {
                    return (counts[0].Option, JointResolution.Majority);
                }

                // The best an option can still do: its votes plus every vote not yet cast.
                var open = parties.Count - votes.Count;
                var best = counts.Count > 0 ? counts[0].Count : 0;
                return best + open < needed && fallback is not null ? (fallback, JointResolution.NotAgreed) : null;
        }
    }
}
