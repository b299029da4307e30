using ExerciseServer.Core.Engine.Events;
using ExerciseServer.Core.Review;
using ExerciseServer.Grains.Contracts;
using ExerciseServer.Hubs;
using ExerciseServer.Security;

namespace ExerciseServer.Hosting;

/// <summary>
/// The records the hub and HTTP send that the web client reads: web-client/src/generated/wire.ts is generated from
/// them and their nested types (<c>npm run gen:types</c>), with events as a union tagged by their type word and a
/// status enum as the union of its words.
/// </summary>
public static class WireTypes
{
    /// <summary>The types the client reads; their nested types are described with them.</summary>
    public static readonly IReadOnlyList<Type> Described =
    [
        typeof(ExerciseEvent), typeof(CommandOutcome), typeof(HubSnapshot), typeof(PresenceEntry), typeof(ExerciseOutline),
        typeof(InjectDetail), typeof(SectorHistory), typeof(HotWashQuestionView), typeof(ExerciseSummary), typeof(ExerciseView), typeof(JoinCode),
        typeof(ExerciseReview), typeof(ExerciseSnapshot), typeof(SignedInUser), typeof(ScenarioSummary), typeof(IssuedCodeAnswer), typeof(UploadProblem),
    ];
}
