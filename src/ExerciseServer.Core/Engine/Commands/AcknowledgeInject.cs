namespace ExerciseServer.Core.Engine.Commands;

/// <summary>A team confirms it has seen an inject.</summary>
public sealed record AcknowledgeInject(CommandIssuer Issuer, string InjectId) : ExerciseCommand(Issuer);
