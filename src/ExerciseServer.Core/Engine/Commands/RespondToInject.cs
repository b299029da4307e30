namespace ExerciseServer.Core.Engine.Commands;

/// <summary>A team answers an inject.</summary>
public sealed record RespondToInject(CommandIssuer Issuer, string InjectId, string Text) : ExerciseCommand(Issuer);
