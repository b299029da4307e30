namespace ExerciseServer.Core.Scenarios.Validation;

/// <summary>
/// What must happen before an inject can fire. <see cref="AllOf"/> must all have fired (its 'after' inject,
/// the injects its 'when' needs); one of <see cref="AnyOf"/> must have fired when the inject waits for a
/// follow-up or a missed expected action.
/// </summary>
internal sealed class InjectDependencies
{
    public bool FiresOnItsOwn { get; set; }

    public HashSet<string> AllOf { get; } = new(StringComparer.Ordinal);

    public HashSet<string> AnyOf { get; } = new(StringComparer.Ordinal);
}
