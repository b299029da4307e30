using ExerciseServer.Core.Scenarios.Loading;
using ExerciseServer.Core.Scenarios.Model;

namespace ExerciseServer.Core.Engine.Commands;

/// <summary>Write and release an inject during play.</summary>
public sealed record CreateAdHocInject(CommandIssuer Issuer, IReadOnlyList<string> To, string Channel, string Title, string Body) : ExerciseCommand(Issuer)
{
    /// <summary>The channel of an ad-hoc inject sent without one, and of one read back from a log that stored none.</summary>
    public static readonly string DefaultChannel = ScenarioWords.Of(InjectChannel.Email);
}
