namespace ExerciseServer.Hubs;

/// <summary>SignalR groups per exercise and audience. Groups route pushes; they are not the security boundary.</summary>
public static class ExerciseGroups
{
    public static string Control(string exerciseId) => $"ex:{exerciseId}:control";

    public static string Observers(string exerciseId) => $"ex:{exerciseId}:observers";

    public static string Players(string exerciseId) => $"ex:{exerciseId}:players";

    public static string Team(string exerciseId, string team) => $"ex:{exerciseId}:team:{team}";
}
