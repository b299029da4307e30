namespace ExerciseServer.Core.Scenarios;

public enum DurationParseResult
{
    Ok,
    Invalid,
    Negative,
    MissingUnit,
    Sexagesimal,
    TooLarge,
}
