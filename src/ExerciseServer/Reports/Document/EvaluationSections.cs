using ExerciseServer.Core.Engine;
using ExerciseServer.Core.Review;
using static ExerciseServer.Reports.Document.ReportInline;
using static ExerciseServer.Reports.Document.ReportInlines;

namespace ExerciseServer.Reports.Document;

/// <summary>The report's sections the evaluators and teams write after play: objectives, findings, the improvement plan, the hot wash and observations.</summary>
internal static class EvaluationSections
{
    public static List<ReportBlock> Objectives(ExerciseReview review, ReviewLookup lookup)
    {
        if (review.Objectives.Count == 0)
        {
            return [ReportParagraph.NoneRecorded];
        }

        // One scale for all objectives (the usual case) is shown once; otherwise each objective shows its own.
        var oneScale = OneScale(review.Objectives);
        var blocks = new List<ReportBlock>();
        if (oneScale)
        {
            blocks.Add(new ReportParagraph([Plain("Rating scale: "), .. Scale(review.Objectives[0].Scale)], ParagraphStyle.Muted));
        }

        foreach (var objective in review.Objectives)
        {
            var facts = new List<ReportFact> { new("Capability", [Plain(objective.Capability)]) };
            if (!oneScale)
            {
                facts.Add(new("Rating scale", Scale(objective.Scale)));
            }

            facts.Add(new("Rating", Rating(review, objective.Rating)));
            blocks.Add(new ReportGroup(objective.Title, "objective",
            [
                new ReportFacts(facts),
                new ReportHeading(4, "Critical tasks"),
                TableOrNone(["Critical task", "Rating"], objective.Tasks.Select(t => Row([Plain(t.Title)], Rating(review, t.Rating)))),
                new ReportHeading(4, "Expected actions"),
                new ReportParagraph(
                [
                    Badge("met", $"{ReportText.Count(objective.ActionsMet)} met"), Plain(", "),
                    Badge("missed", $"{ReportText.Count(objective.ActionsMissed)} missed"), Plain(", "),
                    Badge("pending", $"{ReportText.Count(objective.ActionsOpen)} open"),
                ]),
                ListOrNone(objective.ExpectedActions.Select(id => lookup.Action(id) is { } action
                    ? (IReadOnlyList<ReportInline>)
                    [
                        Status(action.Status), Plain($" {action.Action} "),
                        Muted($"({lookup.TeamName(action.Team)}, inject #{ReportText.Count(action.InjectNumber)})"),
                    ]
                    : [Plain(id)])),
            ]));
        }

        return blocks;
    }

    /// <summary>Strengths first, then areas for improvement, then any other kind in the order first written; each kind with its heading.</summary>
    public static List<ReportBlock> Findings(ExerciseReview review, ReviewLookup lookup)
    {
        var kinds = new List<string> { FindingKinds.Strength, FindingKinds.AreaForImprovement };
        kinds.AddRange(review.Findings.Select(f => f.Kind).Where(k => !kinds.Contains(k)).Distinct(StringComparer.Ordinal));
        var blocks = new List<ReportBlock>();
        foreach (var kind in kinds)
        {
            blocks.Add(new ReportHeading(3, ReportText.FindingKindTitle(kind)));
            blocks.Add(ListOrNone(review.Findings.Where(f => f.Kind == kind).Select(f => (IReadOnlyList<ReportInline>)
            [
                Multiline(f.Text),
                Note((lookup.ObjectiveTitle(f.ObjectiveId) is { } objective ? $"Objective: {objective} · " : "")
                    + $"{f.By} · {ReportText.When(review, f.GameTime)} · {f.Id}"),
            ]), $"findings {kind}"));
        }

        return blocks;
    }

    public static ReportBlock ImprovementPlan(ExerciseReview review, ReviewLookup lookup) =>
        TableOrNone(["Item", "Area for improvement", "Corrective action", "Owner", "Due"], review.ImprovementPlan.Select(i => Row(
            [Plain(i.Id)],
            [i.FindingId is null ? Plain(ReportText.Missing)
                : lookup.Finding(i.FindingId) is { } finding ? Multiline(finding.Text)
                : None($"{i.FindingId} (withdrawn)")],
            [Multiline(i.Action)],
            [Plain(i.Owner)],
            [Time(ReportText.Date(i.Due))])));

    public static List<ReportBlock> HotWash(ExerciseReview review, ReviewLookup lookup)
    {
        if (review.HotWash.Count == 0)
        {
            return [ReportParagraph.NoneRecorded];
        }

        return review.HotWash.Select(question =>
        {
            var asked = question.Teams.Count == 0 ? "no team" : string.Join(", ", question.Teams.Select(lookup.TeamName));
            var blocks = new List<ReportBlock> { new ReportParagraph([Plain($"Asked: {asked}")], ParagraphStyle.Note) };
            if (question.Teams.Count > 0)
            {
                blocks.Add(new ReportFacts(question.Teams.Select(team => new ReportFact(lookup.TeamName(team),
                    question.Answers.FirstOrDefault(a => a.Team == team) is { } answer
                        ? [Multiline(answer.Text), Note(ReportText.WallTime(answer.WallTime))]
                        : [None("no answer")])).ToList(), "answers"));
            }

            return (ReportBlock)new ReportGroup(question.Question, "question", blocks);
        }).ToList();
    }

    public static ReportBlock Observations(ExerciseReview review, ReviewLookup lookup) =>
        TableOrNone(["Story time", "By", "Observation", "About"], review.Observations.Select(o => Row(
            [When(review, o.GameTime)],
            [Plain(o.By)],
            [Multiline(o.Text)],
            lookup.ObservationLinks(o) is { Count: > 0 } links
                ? Joined(links.Select(l => (IReadOnlyList<ReportInline>)[Plain(l)]), null)
                : [Plain(ReportText.Missing)])));
}
