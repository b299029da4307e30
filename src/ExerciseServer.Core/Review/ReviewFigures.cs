namespace ExerciseServer.Core.Review;

/// <summary>
/// The headline numbers of a run. <see cref="InjectsReleased"/> counts the scenario's injects (out of
/// <see cref="InjectsPlanned"/>); those control wrote during play are <see cref="AdHocInjects"/>. A delivery is one
/// released inject, scripted or not, reaching one team.
/// </summary>
public sealed record ReviewFigures(
    int InjectsPlanned,
    int InjectsReleased,
    int AdHocInjects,
    int Deliveries,
    int Acknowledged,
    int Answered,
    TimeSpan? MedianAcknowledgeTime,
    TimeSpan? MedianResponseTime,
    int ActionsMet,
    int ActionsMissed,
    int ActionsOpen,
    int DecisionsTaken,
    int DecisionsByDefault,
    int Messages,
    int Observations);
