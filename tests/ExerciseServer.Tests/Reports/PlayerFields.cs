using ExerciseServer.Reports;

namespace ExerciseServer.Tests.Reports;

/// <summary>
/// The table the escaping tests are generated from: every player-written field, with a payload of its own and
/// the formats that show it. Each payload opens with a character that means something to a spreadsheet or to
/// Markdown at the start of a cell or line, and holds a script tag, an image with onerror, quotes that would
/// break out of an attribute, a table row, a link, code and emphasis. Its tag (xq01x…) finds it in the output.
/// </summary>
public static class PlayerFields
{
    private static readonly IReadOnlySet<ReportFormat> Everywhere = new HashSet<ReportFormat> { ReportFormat.Html, ReportFormat.Markdown, ReportFormat.Csv, ReportFormat.Json };
    private static readonly IReadOnlySet<ReportFormat> Documents = new HashSet<ReportFormat> { ReportFormat.Html, ReportFormat.Markdown, ReportFormat.Json };
    private static readonly IReadOnlySet<ReportFormat> LogOnly = new HashSet<ReportFormat> { ReportFormat.Json };

    public static PlayerField Answer { get; } = Text("inject answer", "xq01x", "\t", Everywhere);
    public static PlayerField AdHocAnswer { get; } = Text("answer to an ad-hoc inject", "xq02x", "\r", Everywhere);
    public static PlayerField Message { get; } = Text("message between teams", "xq03x", "@", Documents);
    public static PlayerField HotWashAnswer { get; } = Text("hot-wash answer", "xq04x", "<", Documents);
    public static PlayerField Observation { get; } = Text("observation", "xq05x", "+", Documents);
    public static PlayerField ObservationBy { get; } = Name("observation's evaluator name", "xq06x", "-", Documents);
    public static PlayerField Finding { get; } = Text("finding", "xq07x", "1. ", Documents);
    public static PlayerField FindingBy { get; } = Name("finding's evaluator name", "xq08x", "#", Documents);
    public static PlayerField PlanAction { get; } = Text("improvement-plan action", "xq09x", "# ", Documents);
    public static PlayerField PlanOwner { get; } = Text("improvement-plan owner", "xq10x", "=", Documents);
    public static PlayerField PlanBy { get; } = Name("improvement-plan item's evaluator name", "xq11x", "@", LogOnly);
    public static PlayerField AdHocTitle { get; } = Text("ad-hoc inject title", "xq12x", "=", Everywhere);
    public static PlayerField AdHocBody { get; } = Text("ad-hoc inject body", "xq13x", "+", LogOnly);
    public static PlayerField RatingNote { get; } = Text("rating note", "xq14x", "-", Documents);
    public static PlayerField RatingBy { get; } = Name("rating's evaluator name", "xq15x", "+", Documents);

    public static IReadOnlyList<PlayerField> All { get; } =
    [
        Answer, AdHocAnswer, Message, HotWashAnswer, Observation, ObservationBy, Finding, FindingBy,
        PlanAction, PlanOwner, PlanBy, AdHocTitle, AdHocBody, RatingNote, RatingBy,
    ];

    /// <summary>Free text: several lines, a table row and a heading of its own.</summary>
    private static PlayerField Text(string name, string tag, string lead, IReadOnlySet<ReportFormat> formats)
    {
        var payload = $"{lead}{tag}<script>alert('{tag}')</script><img src=x onerror=alert(1)>\"'&|`c`[l](http://e.x/{tag})*_~\\\n| a | b |\n# h";
        return new PlayerField(name, tag, payload, payload, formats);
    }

    /// <summary>A display name: one line, no control characters, as sign-in allows; the log keeps it with the role.</summary>
    private static PlayerField Name(string name, string tag, string lead, IReadOnlySet<ReportFormat> formats)
    {
        var payload = $"{lead}{tag}<img src=x onerror=alert(1)>\"'&|`c`[n](http://e.x)";
        return new PlayerField(name, tag, payload, "evaluator: " + payload, formats);
    }
}
