namespace ExerciseServer.Core.Scenarios.Media;

/// <summary>How a participant's view shows a media file: inline, as a download, or with a player.</summary>
public enum MediaKind
{
    Image,
    Document,
    Audio,
}
