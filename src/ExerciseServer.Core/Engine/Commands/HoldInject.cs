namespace ExerciseServer.Core.Engine.Commands;

/// <summary>Keep an inject from being released by its trigger until control releases it.</summary>
public sealed record HoldInject(CommandIssuer Issuer, string InjectId) : ExerciseCommand(Issuer);
