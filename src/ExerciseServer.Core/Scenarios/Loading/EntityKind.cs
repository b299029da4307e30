namespace ExerciseServer.Core.Scenarios.Loading;

/// <summary>
/// One kind of keyed scenario entity (a sector, a team, an inject, …): its shape and the words every message about it
/// uses, so that "a sector", "the sector id" and "sector 'energy'" are spelled in one place.
/// </summary>
/// <param name="Noun">What one is called in messages: "sector", "expected action".</param>
/// <param name="Shape">The keys its mapping may and must have.</param>
/// <param name="TranslationShape">The keys of its translations; null when it has none.</param>
/// <param name="IdNoun">What its id is called when that is not the noun: a hot-wash question's is "the question id".</param>
/// <param name="IsTeam">Team ids may not be the audience keywords (all, control, observers).</param>
internal sealed record EntityKind(string Noun, ObjectShape Shape, ObjectShape? TranslationShape = null, string? IdNoun = null, bool IsTeam = false)
{
    /// <summary>"a sector", "an inject": every noun here takes the article its first letter suggests.</summary>
    public string WithArticle { get; } = ("aeiou".Contains(Noun[0], StringComparison.Ordinal) ? "an " : "a ") + Noun;

    public string IdWhat { get; } = $"the {IdNoun ?? Noun} id";

    /// <summary>One entity by its id, as messages name it: <c>sector 'energy'</c>.</summary>
    public string Named(string id) => $"{Noun} '{id}'";
}
