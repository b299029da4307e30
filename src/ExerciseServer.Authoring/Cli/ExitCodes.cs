namespace ExerciseServer.Cli;

/// <summary>
/// How every authoring verb ends: 0 success, 1 the scenarios (or the run) have errors, 2 the command line itself is
/// wrong (unknown verb or option, missing path), so a script can tell a bad scenario from a bad call.
/// </summary>
public static class ExitCodes
{
    public const int Success = 0;
    public const int Failed = 1;
    public const int UsageError = 2;
}
