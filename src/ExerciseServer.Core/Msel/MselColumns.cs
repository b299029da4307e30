namespace ExerciseServer.Core.Msel;

/// <summary>
/// The names of the MSEL's columns: the header the export writes, the key a mapping file uses, and the headers the
/// import recognises on its own (HSEEP MSEL, OpenAEV/OpenBAS, T3SF and a plain From/To/Message list).
/// </summary>
public static class MselColumns
{
    public static IReadOnlyList<MselField> ExportOrder { get; } = Enum.GetValues<MselField>();

    public static string Header(MselField field) => field switch
    {
        MselField.Number => "#",
        MselField.Id => "Inject ID",
        MselField.Time => "Story date/time",
        MselField.Phase => "Phase",
        MselField.From => "From",
        MselField.To => "To",
        MselField.Channel => "Channel",
        MselField.Subject => "Subject",
        MselField.Description => "Description",
        MselField.ExpectedActions => "Expected action(s)",
        MselField.Objectives => "Objective / capability",
        MselField.Notes => "Notes for controllers",
        MselField.Trigger => "Trigger",
        MselField.Decision => "Decision",
        MselField.Sector => "Sector",
        MselField.Effects => "Sector effects",
        MselField.Translations => "Translations",
        _ => throw new ArgumentOutOfRangeException(nameof(field)),
    };

    /// <summary>The key of a field in a mapping file: <c>expected_actions</c>.</summary>
    public static string Key(MselField field) => Scenarios.Loading.ScenarioWords.Of(field);

    public static MselField? FromKey(string key) =>
        ExportOrder.Cast<MselField?>().FirstOrDefault(f => Key(f!.Value) == key);

    /// <summary>
    /// Headers, normalised by <see cref="Normalise"/>, that mean a field. Earlier entries win when a sheet has two
    /// columns for one field: T3SF's in-story 'Date' is taken before its wall-clock 'Real Time'.
    /// </summary>
    public static IReadOnlyList<string> Aliases(MselField field) => field switch
    {
        MselField.Number => ["#", "no", "number", "inject#", "injectno", "injectnumber", "event#", "eventno", "msel#", "mselno"],
        MselField.Id => ["injectid", "id"],
        MselField.Time => ["storydatetime", "storytime", "scenariodatetime", "scenariotime", "datetime", "timeline", "timing", "date", "time", "injecttime", "realtime"],
        MselField.Phase => ["phase", "module", "stage"],
        MselField.From => ["from", "sender", "source", "injectfrom", "actor"],
        MselField.To => ["to", "teams", "team", "player", "players", "recipient", "recipients", "injectto", "audience"],
        MselField.Channel => ["channel", "deliverymethod", "method", "medium", "injectmode"],
        MselField.Subject => ["subject", "title", "injectsubject", "injecttitle", "event", "headline"],
        MselField.Description => ["description", "injectdescription", "eventdescription", "content", "script", "message", "body", "text"],
        MselField.ExpectedActions => ["expectedactions", "expectedaction", "expectation", "expectations", "expectedresponse", "expectedplayeraction", "expectedplayeractions"],
        MselField.Objectives => ["objectivecapability", "objectives", "objective", "capability", "corecapability"],
        MselField.Notes => ["notesforcontrollers", "notetocontrol", "notestocontrol", "notetocontroller", "notestocontroller", "controllernotes", "notes", "note", "remarks"],
        MselField.Trigger => ["trigger"],
        MselField.Decision => ["decision"],
        MselField.Sector => ["sector"],
        MselField.Effects => ["sectoreffects", "effects"],
        MselField.Translations => ["translations"],
        _ => [],
    };

    /// <summary>Lower case, letters, digits and '#' only: 'Expected Action(s)' → 'expectedactions'.</summary>
    public static string Normalise(string header) =>
        string.Concat(header.Trim().ToLowerInvariant().Where(c => char.IsLetterOrDigit(c) || c == '#'));
}
