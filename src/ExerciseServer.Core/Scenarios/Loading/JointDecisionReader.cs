using ExerciseServer.Core.Diagnostics;
using ExerciseServer.Core.Scenarios.Model;
using ExerciseServer.Core.Scenarios.Yaml;

namespace ExerciseServer.Core.Scenarios.Loading;

/// <summary>
/// Reads who decides a decision: <c>by: team</c> for one team, or <c>teams: [a, b]</c> with <c>rule: all | majority
/// | lead</c> (and <c>lead: team</c>, or <c>rule: { lead: team }</c>) for a joint decision. Each wrong combination is
/// reported where it is written (ES120–ES122, ES230–ES233); whether the teams exist is checked later (ES330–ES332).
/// </summary>
internal sealed class JointDecisionReader(NodeReader read)
{
    private static readonly IReadOnlyList<string> RuleWords = ["all", "majority", "lead"];

    /// <summary>The deciding team (the lead or first team of a joint decision) and the joint terms, if any.</summary>
    public (Reference? By, JointDecisionTerms? Joint) Read(MappingView map, string id)
    {
        var by = map["by"] is { } byNode ? read.Reference(byNode, "the deciding team 'by'") : null;
        var hasTeams = map.Has("teams");
        var hasRule = map.Has("rule");
        if (map.Has("by") && (hasTeams || hasRule))
        {
            read.Report(DiagnosticCodes.ByAndTeams, map.KeyLocation(hasTeams ? "teams" : "rule"),
                $"decision '{id}' has 'by' and '{(hasTeams ? "teams" : "rule")}': write 'by: team' when one team decides, or 'teams' and 'rule' when several decide together");
            return (by, null);
        }

        if (!map.Has("by") && !hasTeams && !hasRule)
        {
            read.Report(DiagnosticCodes.NoDecidingTeam, map.Location,
                $"decision '{id}' says neither who decides nor who decides together: add 'by: team', or 'teams: [team, team]' with 'rule: all', 'majority' or 'lead'");
            return (by, null);
        }

        if (!hasTeams || !hasRule)
        {
            if (map.Has("lead") && !hasRule)
            {
                read.Report(DiagnosticCodes.JointKeyWithoutPartner, map.KeyLocation("lead"), $"decision '{id}' has 'lead' but no 'rule: lead' and 'teams'");
            }

            var present = hasTeams ? "teams" : "rule";
            var missing = hasTeams ? "rule" : "teams";
            if (hasTeams || hasRule)
            {
                read.Report(DiagnosticCodes.JointKeyWithoutPartner, map.KeyLocation(present),
                    $"decision '{id}' has '{present}' but no '{missing}': a joint decision needs both the teams and the rule (all, majority or lead)");
            }

            return (by, null);
        }

        var teams = read.References(map["teams"], "the deciding teams 'teams'");
        if (teams.Select(t => t.Id).Distinct(StringComparer.Ordinal).Count() < 2)
        {
            read.Report(DiagnosticCodes.TooFewJointTeams, map.KeyLocation("teams"),
                $"decision '{id}' is put to {teams.Select(t => t.Id).Distinct(StringComparer.Ordinal).Count()} different team(s); a joint decision needs at least two (use 'by' for one team)");
        }

        foreach (var twice in teams.GroupBy(t => t.Id, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.ElementAt(1)))
        {
            read.Report(DiagnosticCodes.TooFewJointTeams, twice.Location, $"team '{twice.Id}' is listed twice in the teams of decision '{id}'");
        }

        var (rule, leadInRule) = ReadRule(map["rule"]!, id);
        var lead = map["lead"] is { } leadNode ? read.Reference(leadNode, "the lead team 'lead'") : null;
        if (rule is null)
        {
            return (by, null);
        }

        if (leadInRule is not null && lead is not null)
        {
            read.Report(DiagnosticCodes.LeadMismatch, map.KeyLocation("lead"), $"decision '{id}' names its lead twice, in 'rule' and in 'lead'; keep one");
        }

        lead ??= leadInRule;
        if (rule == JointRule.Lead && lead is null)
        {
            read.Report(DiagnosticCodes.LeadMismatch, map.KeyLocation("rule"), $"decision '{id}' has 'rule: lead' but no lead team: add 'lead: team' (one of its teams)");
        }
        else if (rule != JointRule.Lead && lead is not null)
        {
            read.Report(DiagnosticCodes.LeadMismatch, map.KeyLocation("lead"),
                $"decision '{id}' names a lead team but its rule is '{RuleWords[(int)rule]}'; a lead team decides only under 'rule: lead'");
            lead = null;
        }

        if (rule != JointRule.Lead && !map.Has("default"))
        {
            read.Report(DiagnosticCodes.JointWithoutDefault, map.KeyLocation("rule"),
                $"decision '{id}' is decided by '{RuleWords[(int)rule]}' but has no 'default': add the option that applies when the teams do not agree");
        }

        var terms = new JointDecisionTerms
        {
            Teams = teams,
            Rule = rule.Value,
            Lead = lead,
            RuleLocation = map.KeyLocation("rule"),
            TeamsLocation = map.KeyLocation("teams"),
        };
        return (lead ?? (teams.Count > 0 ? teams[0] : null), terms);
    }

    /// <summary><c>all</c>, <c>majority</c>, <c>lead</c>, or <c>{ lead: team }</c>.</summary>
    private (JointRule? Rule, Reference? Lead) ReadRule(YamlNode node, string id)
    {
        if (node is YamlMapping mapping)
        {
            if (mapping.Entries.Count == 1 && mapping.Entries[0].Key.Value == "lead")
            {
                return read.Reference(mapping.Entries[0].Value, "the lead team in 'rule'") is { } lead ? (JointRule.Lead, lead) : (null, null);
            }

            read.Report(DiagnosticCodes.UnknownJointRule, node.Start, $"the rule of decision '{id}' is a mapping; the only one allowed is '{{ lead: team }}'");
            return (null, null);
        }

        var scalar = read.Scalar(node, "the rule");
        if (scalar is null)
        {
            return (null, null);
        }

        var index = RuleWords.ToList().IndexOf(scalar.Value);
        if (index < 0)
        {
            read.Report(DiagnosticCodes.UnknownJointRule, scalar.Start,
                $"'{scalar.Value}' is not a rule for a joint decision: write all, majority or lead{DidYouMean.Hint(scalar.Value, RuleWords)}");
            return (null, null);
        }

        return ((JointRule)index, null);
    }
}
