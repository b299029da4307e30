using ExerciseServer.Core.Diagnostics;
using ExerciseServer.Core.Scenarios.Model;

namespace ExerciseServer.Core.Scenarios.Validation;

/// <summary>
/// The connections of a joint decision: its teams exist (ES330), its lead is one of them (ES331), and every inject
/// that presents it reaches all of them (ES332), since a team that never sees the decision could never vote.
/// </summary>
internal static class JointDecisionChecks
{
    /// <summary>The decision's teams that exist, for the checks that need a team (resources).</summary>
    public static IReadOnlyList<Team> Check(Decision decision, JointDecisionTerms joint, ScenarioSymbols symbols, DiagnosticBag diagnostics)
    {
        var teams = new List<Team>();
        foreach (var reference in joint.Teams.DistinctBy(t => t.Id, StringComparer.Ordinal))
        {
            if (symbols.Teams.TryGetValue(reference.Id, out var team))
            {
                teams.Add(team);
                continue;
            }

            diagnostics.Report(DiagnosticCodes.UnknownJointTeam, reference.Location,
                $"decision '{decision.Id}' is put to team '{reference.Id}', which the scenario does not define{DidYouMean.Hint(reference.Id, symbols.Teams.Keys)}");
        }

        if (joint.Lead is { } lead && joint.Teams.All(t => t.Id != lead.Id))
        {
            diagnostics.Report(DiagnosticCodes.LeadNotAmongTeams, lead.Location,
                $"the lead team '{lead.Id}' of decision '{decision.Id}' is not one of its teams ({string.Join(", ", joint.Teams.Select(t => t.Id))}); add it to 'teams' or choose one of them");
        }

        foreach (var presenter in symbols.PresentersOf(decision.Id))
        {
            if (presenter.To.AllPlayers)
            {
                continue;
            }

            var reached = presenter.To.NamedTeams.Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
            var missed = joint.Teams.Select(t => t.Id).Where(t => !reached.Contains(t)).Distinct(StringComparer.Ordinal).ToList();
            if (missed.Count > 0)
            {
                diagnostics.Report(DiagnosticCodes.PresenterMissesParty, presenter.To.Location,
                    $"inject '{presenter.Id}' presents joint decision '{decision.Id}' but does not reach {string.Join(", ", missed.Select(t => $"'{t}'"))}, which could then never vote; address it to all of the decision's teams");
            }
        }

        return teams;
    }
}
