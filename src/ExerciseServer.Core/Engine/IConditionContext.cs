namespace ExerciseServer.Core.Engine;

/// <summary>What conditions can ask about the exercise at one game time.</summary>
public interface IConditionContext
{
    TimeSpan Time { get; }

    double Inoperability(string sector);

    SectorCondition SectorState(string sector);

    bool Released(string inject);

    bool Acknowledged(string inject, string? team);

    bool Responded(string inject, string? team);

    bool Decided(string decision);

    bool Chosen(string decision, string option);

    bool Met(string action);

    bool Missed(string action);

    double Resource(string team, string name);
}
