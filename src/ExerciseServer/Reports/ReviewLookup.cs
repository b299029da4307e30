using ExerciseServer.Core.Review;
using ExerciseServer.Core.Scenarios.Model;

namespace ExerciseServer.Reports;

/// <summary>
/// Turns the ids the review holds (teams, injects, objectives, findings, decisions) into the names a reader knows,
/// and falls back to the id for anything the scenario no longer names.
/// </summary>
internal sealed class ReviewLookup
{
    private readonly Dictionary<string, string> _teams = new(StringComparer.Ordinal);
    private readonly Dictionary<string, InjectReview> _injects = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ObjectiveReview> _objectives = new(StringComparer.Ordinal);
    private readonly Dictionary<string, FindingReview> _findings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ActionReview> _actions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _decisionNumbers = new(StringComparer.Ordinal);

    public ReviewLookup(ExerciseReview review)
    {
        foreach (var team in review.Teams)
        {
            _teams.TryAdd(team.Id, team.Name);
        }

        foreach (var inject in review.Injects)
        {
            _injects.TryAdd(inject.Id, inject);
        }

        foreach (var objective in review.Objectives)
        {
            _objectives.TryAdd(objective.Id, objective);
        }

        foreach (var finding in review.Findings)
        {
            _findings.TryAdd(finding.Id, finding);
        }

        foreach (var action in review.ExpectedActions)
        {
            _actions.TryAdd(action.Id, action);
        }

        foreach (var decision in review.Decisions)
        {
            _decisionNumbers.TryAdd(decision.Id, _decisionNumbers.Count + 1);
        }
    }

    public string TeamName(string id) =>
        id == Audience.ControlKeyword ? "Exercise control" : _teams.GetValueOrDefault(id, id);

    public InjectReview? Inject(string? id) => id is not null ? _injects.GetValueOrDefault(id) : null;

    /// <summary>"#3 The operator asks…", or the bare id of an inject the review does not list.</summary>
    public string InjectLabel(string id) => Inject(id) is { } inject ? $"#{ReportText.Count(inject.Number)} {inject.Title}" : id;

    public string? ObjectiveTitle(string? id) => id is null ? null : _objectives.TryGetValue(id, out var objective) ? objective.Title : id;

    public FindingReview? Finding(string? id) => id is not null ? _findings.GetValueOrDefault(id) : null;

    public ActionReview? Action(string id) => _actions.GetValueOrDefault(id);

    /// <summary>The decision's number in the report (D1, D2, … in the order they were put), which the sector charts use.</summary>
    public string DecisionKey(string id) => _decisionNumbers.TryGetValue(id, out var number) ? $"D{ReportText.Count(number)}" : id;

    /// <summary>The short tag a sector chart writes beside a marker: the inject's number, or the decision's key.</summary>
    public string MarkerKey(SectorMarker marker) =>
        marker.Kind == "decision" ? DecisionKey(marker.Id)
        : Inject(marker.Id) is { } inject ? $"#{ReportText.Count(inject.Number)}"
        : marker.Id;

    /// <summary>What an observation is about, in words; empty when it names nothing.</summary>
    public IReadOnlyList<string> ObservationLinks(ObservationReview observation)
    {
        var links = new List<string>();
        if (observation.InjectId is { } inject)
        {
            links.Add("inject " + InjectLabel(inject));
        }

        if (observation.Team is { } team)
        {
            links.Add("team " + TeamName(team));
        }

        if (ObjectiveTitle(observation.ObjectiveId) is { } objective)
        {
            links.Add("objective " + objective);
        }

        return links;
    }
}
