namespace ExerciseServer.Tests.Visibility;

/// <summary>Every way the server hands out what an exercise holds.</summary>
public enum ReadPath
{
    HubJoin,
    HubOutline,
    HubInjects,
    HubCatchUp,
    HubSectorHistories,
    HubPushes,
    Events,
    Snapshot,
    Replay,
    Review,
    ReportJson,
    ReportHtml,
    ReportMarkdown,
    ReportCsv,
}
