namespace ExerciseServer.Core.Review;

/// <summary>The headline numbers of a run. A delivery is one released inject reaching one team.</summary>
public sealed record ReviewFigures(
    int InjectsPlanned,
    int InjectsReleased,
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
