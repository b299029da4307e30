namespace ExerciseServer.Core.Engine.Commands;

/// <summary>Never release an inject; what waits on it carries on.</summary>
public sealed record SkipInject(CommandIssuer Issuer, string InjectId) : ExerciseCommand(Issuer);
