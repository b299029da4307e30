namespace ExerciseServer.Core.Diagnostics;

/// <summary>
/// Every code the loader and validator can report. ES1xx: reading the file; ES2xx: one item on its own;
/// ES3xx: connections between items; ES4xx: lint warnings about a scenario that loads but will play badly.
/// </summary>
public static class DiagnosticCodes
{
    private static DiagnosticDescriptor Error(string code, string title) => new(code, DiagnosticSeverity.Error, title);

    private static DiagnosticDescriptor Warning(string code, string title) => new(code, DiagnosticSeverity.Warning, title);

    public static readonly DiagnosticDescriptor YamlSyntax = Error("ES100", "The file is not well-formed YAML");
    public static readonly DiagnosticDescriptor DuplicateKey = Error("ES101", "A key appears twice in the same mapping");
    public static readonly DiagnosticDescriptor UnknownKey = Error("ES102", "A key the scenario format does not know");
    public static readonly DiagnosticDescriptor MissingKey = Error("ES103", "A required key is missing");
    public static readonly DiagnosticDescriptor WrongNodeKind = Error("ES104", "A mapping, list or single value was expected but something else was found");
    public static readonly DiagnosticDescriptor InvalidValue = Error("ES105", "A value that is not of the expected type or not one of the allowed words");
    public static readonly DiagnosticDescriptor Yaml11Boolean = Error("ES106", "yes/no/on/off used as a boolean: YAML 1.1 and 1.2 tools disagree on it");
    public static readonly DiagnosticDescriptor Yaml11Sexagesimal = Error("ES107", "A value like 1:30 that YAML 1.1 reads as a base-60 number");
    public static readonly DiagnosticDescriptor InvalidDuration = Error("ES108", "A duration that is neither ISO-8601 (PT2H30M) nor the short form (2h30m)");
    public static readonly DiagnosticDescriptor NotAScenario = Error("ES109", "The file is empty or its top level is not a mapping");
    public static readonly DiagnosticDescriptor UnsupportedSchemaVersion = Error("ES110", "The scenario declares a schema version this server does not read");
    public static readonly DiagnosticDescriptor ResourceLimit = Error("ES111", "The file is too large, too deeply nested or expands too many aliases");
    public static readonly DiagnosticDescriptor MultipleDocuments = Error("ES112", "More than one YAML document in one scenario file");
    public static readonly DiagnosticDescriptor InvalidId = Error("ES113", "An id that is not lower-case letters, digits, '-' and '_', or is a reserved word");
    public static readonly DiagnosticDescriptor ConditionSyntax = Error("ES114", "A condition that does not parse");
    public static readonly DiagnosticDescriptor InvalidDateTime = Error("ES115", "A date and time that is not ISO-8601 with an offset");
    public static readonly DiagnosticDescriptor AmbiguousScalar = Warning("ES116", "An unquoted text that YAML 1.1 tools read as a boolean or a number");
    public static readonly DiagnosticDescriptor UnreadableFile = Error("ES117", "The file cannot be read, or is not UTF-8 text");
    public static readonly DiagnosticDescriptor ExpandedTextLimit = Error("ES118", "Aliases repeat more text than a scenario file may hold");
    public static readonly DiagnosticDescriptor InvalidTimeZone = Error("ES119", "A clock time zone that is not an IANA zone id such as Europe/Helsinki");
    public static readonly DiagnosticDescriptor UnknownJointRule = Error("ES120", "A joint decision rule that is not all, majority, lead or { lead: team }");
    public static readonly DiagnosticDescriptor ByAndTeams = Error("ES121", "A decision with both 'by' and 'teams' or 'rule'");
    public static readonly DiagnosticDescriptor NoDecidingTeam = Error("ES122", "A decision with neither 'by' nor 'teams' and 'rule'");

    public static readonly DiagnosticDescriptor OutOfRange = Error("ES200", "A number outside its allowed range");
    public static readonly DiagnosticDescriptor NegativeDuration = Error("ES201", "A negative offset, delay or deadline");
    public static readonly DiagnosticDescriptor ThresholdsOutOfOrder = Error("ES202", "Sector thresholds that do not rise from degraded to disrupted to failed");
    public static readonly DiagnosticDescriptor ConflictingTriggers = Error("ES203", "An inject with more than one of at, after and when, or on-demand with a trigger");
    public static readonly DiagnosticDescriptor EmptyText = Error("ES204", "A title, body or question that is empty");
    public static readonly DiagnosticDescriptor TooFewOptions = Error("ES205", "A decision with fewer than two options");
    public static readonly DiagnosticDescriptor UndeclaredLanguage = Error("ES206", "A translation into a language the header does not list");
    public static readonly DiagnosticDescriptor ZeroDuration = Error("ES207", "A duration that must be positive is zero");
    public static readonly DiagnosticDescriptor SelfDependency = Error("ES208", "A sector that depends on itself");
    public static readonly DiagnosticDescriptor EmptyEffect = Error("ES209", "A sector effect that changes nothing");
    public static readonly DiagnosticDescriptor StoryTimeBeforeStart = Error("ES210", "A story clock time in 'at' before the exercise starts");
    public static readonly DiagnosticDescriptor StoryTimeAfterEnd = Error("ES211", "A story clock time in 'at' after the exercise's duration");
    public static readonly DiagnosticDescriptor WeekdayOutsideExercise = Error("ES212", "A weekday in 'at' that is not exactly one of the exercise's days");
    public static readonly DiagnosticDescriptor InvalidMediaName = Error("ES213", "A media name that is not a plain file name");
    public static readonly DiagnosticDescriptor MediaTypeNotAllowed = Error("ES214", "A media file of a type injects cannot carry");
    public static readonly DiagnosticDescriptor MediaTooLarge = Error("ES215", "A media file larger than 10 MiB");
    public static readonly DiagnosticDescriptor CoordinateOutOfRange = Error("ES220", "A map position with a longitude outside -180..180 or a latitude outside -90..90");
    public static readonly DiagnosticDescriptor InvalidGeometry = Error("ES221", "A map position that is not a [longitude, latitude] pair, a line with fewer than two points, or an area with fewer than three corners");
    public static readonly DiagnosticDescriptor TooFewJointTeams = Error("ES230", "A joint decision with fewer than two different teams, or a team listed twice");
    public static readonly DiagnosticDescriptor JointKeyWithoutPartner = Error("ES231", "A joint decision with 'teams' but no 'rule', 'rule' but no 'teams', or 'lead' without them");
    public static readonly DiagnosticDescriptor LeadMismatch = Error("ES232", "A lead rule without a lead team, a lead team under another rule, or a lead named twice");
    public static readonly DiagnosticDescriptor JointWithoutDefault = Error("ES233", "An all or majority decision without a default, so a disagreement would have no outcome");

    public static readonly DiagnosticDescriptor DuplicateId = Error("ES300", "Two items of the same kind share an id");
    public static readonly DiagnosticDescriptor UnresolvedReference = Error("ES301", "A reference to something the scenario does not define");
    public static readonly DiagnosticDescriptor DependencyCycle = Error("ES302", "Injects that wait on each other, so none of them can fire");
    public static readonly DiagnosticDescriptor OutsideExercise = Error("ES303", "An offset or deadline beyond the end of the exercise");
    public static readonly DiagnosticDescriptor SingularInterdependency = Error("ES304", "Sector dependencies so strong (the spectral radius of A* is 1 or more) that outages feed themselves and never settle");
    public static readonly DiagnosticDescriptor ConditionType = Error("ES305", "A condition compares things of different kinds");
    public static readonly DiagnosticDescriptor AmbiguousExpectedTeam = Error("ES306", "An expected action that does not say which team must act");
    public static readonly DiagnosticDescriptor MissingMediaFile = Error("ES320", "A media file that is not in the scenario's media folder");
    public static readonly DiagnosticDescriptor UnknownJointTeam = Error("ES330", "A team of a joint decision that the scenario does not define");
    public static readonly DiagnosticDescriptor LeadNotAmongTeams = Error("ES331", "A lead team that is not one of the joint decision's teams");
    public static readonly DiagnosticDescriptor PresenterMissesParty = Error("ES332", "An inject that presents a joint decision but does not reach every one of its teams");

    public static readonly DiagnosticDescriptor UnreceivableInject = Warning("ES400", "An inject no team can ever receive");
    public static readonly DiagnosticDescriptor UnexercisedObjective = Warning("ES401", "An objective no inject, expected action or decision exercises");
    public static readonly DiagnosticDescriptor UnaddressedTeam = Warning("ES402", "A team that no inject addresses");
    public static readonly DiagnosticDescriptor UnreachableInject = Warning("ES403", "An inject that can never fire");
    public static readonly DiagnosticDescriptor UnofferedDecision = Warning("ES404", "A decision that no inject presents");
    public static readonly DiagnosticDescriptor DueAfterEnd = Warning("ES405", "An inject due after the exercise has ended, by its end condition or its duration");
    public static readonly DiagnosticDescriptor ThresholdOutOfRange = Warning("ES406", "An inoperability compared with a number outside 0 to 1");
    public static readonly DiagnosticDescriptor DecidedBeforeNeeded = Warning("ES407", "An inject that needs a decision undecided, due after its default is taken");
    public static readonly DiagnosticDescriptor HeavyDependencyRow = Warning("ES408", "A sector whose dependency weights add up to 1 or more");

    /// <summary>The whole catalog, in code order.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> All { get; } =
    [
        YamlSyntax, DuplicateKey, UnknownKey, MissingKey, WrongNodeKind, InvalidValue, Yaml11Boolean, Yaml11Sexagesimal,
        InvalidDuration, NotAScenario, UnsupportedSchemaVersion, ResourceLimit, MultipleDocuments, InvalidId,
        ConditionSyntax, InvalidDateTime, AmbiguousScalar, UnreadableFile, ExpandedTextLimit, InvalidTimeZone,
        UnknownJointRule, ByAndTeams, NoDecidingTeam,
        OutOfRange, NegativeDuration, ThresholdsOutOfOrder, ConflictingTriggers, EmptyText, TooFewOptions,
        UndeclaredLanguage, ZeroDuration, SelfDependency, EmptyEffect, StoryTimeBeforeStart, StoryTimeAfterEnd, WeekdayOutsideExercise,
        InvalidMediaName, MediaTypeNotAllowed, MediaTooLarge, CoordinateOutOfRange, InvalidGeometry,
        TooFewJointTeams, JointKeyWithoutPartner, LeadMismatch, JointWithoutDefault,
        DuplicateId, UnresolvedReference, DependencyCycle, OutsideExercise, SingularInterdependency, ConditionType,
        AmbiguousExpectedTeam, MissingMediaFile, UnknownJointTeam, LeadNotAmongTeams, PresenterMissesParty,
        UnreceivableInject, UnexercisedObjective, UnaddressedTeam, UnreachableInject, UnofferedDecision,
        DueAfterEnd, ThresholdOutOfRange, DecidedBeforeNeeded, HeavyDependencyRow,
    ];
}
