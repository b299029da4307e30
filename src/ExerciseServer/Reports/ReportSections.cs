namespace ExerciseServer.Reports;

/// <summary>The report's sections in order, with the anchors the HTML contents list links to; HTML and Markdown share them.</summary>
internal static class ReportSections
{
    public const string Overview = "overview";
    public const string Figures = "figures";
    public const string Timeline = "timeline";
    public const string ExpectedActions = "expected-actions";
    public const string Sectors = "sectors";
    public const string Decisions = "decisions";
    public const string Objectives = "objectives";
    public const string Findings = "findings";
    public const string ImprovementPlan = "improvement-plan";
    public const string HotWash = "hot-wash";
    public const string Observations = "observations";
    public const string Injects = "injects";

    public static IReadOnlyList<(string Anchor, string Title)> All { get; } =
    [
        (Overview, "Overview"),
        (Figures, "Figures"),
        (Timeline, "Timeline"),
        (ExpectedActions, "Expected actions"),
        (Sectors, "Sectors"),
        (Decisions, "Decisions"),
        (Objectives, "Objectives"),
        (Findings, "Strengths and areas for improvement"),
        (ImprovementPlan, "Improvement plan"),
        (HotWash, "Hot wash"),
        (Observations, "Observations"),
        (Injects, "Injects and responses"),
    ];

    public static int Number(string anchor)
    {
        for (var i = 0; i < All.Count; i++)
        {
            if (All[i].Anchor == anchor)
            {
                return i + 1;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(anchor), anchor, "Not a report section.");
    }

    public static string Title(string anchor) => All[Number(anchor) - 1].Title;
}
