namespace ExerciseServer.Core.Scenarios.Model;

/// <summary>How an inject reaches its audience; the browser styles each as its medium.</summary>
public enum InjectChannel
{
    Email,
    News,
    Social,
    Phone,
    Sitrep,
    SectorAlert,
    Briefing,
}
