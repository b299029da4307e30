using ExerciseServer.Core.Engine.Machines;

namespace ExerciseServer.Core.Review;

/// <summary>One inject of the MSEL (or written during play) with what each recipient team did with it.</summary>
public sealed record InjectReview(
    string Id,
    int Number,
    string Title,
    string Channel,
    string From,
    InjectStatus Status,
    bool AdHoc,
    TimeSpan? ScheduledAt,
    TimeSpan? ReleasedAt,
    bool ReleasedByControl,
    IReadOnlyList<RecipientReview> Recipients,
    IReadOnlyList<string> ExpectedActions)
{
    /// <summary>The Markdown body as the scenario wrote it (or control during play).</summary>
    public string Body { get; init; } = "";

    /// <summary>The inject's media files, by name; the HTML report embeds the images.</summary>
    public IReadOnlyList<string> Media { get; init; } = [];
}
