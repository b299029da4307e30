namespace ExerciseServer.Core.Engine.Commands;

/// <summary>Never release an inject; what waits on it never fires either.</summary>
public sealed record CancelInject(CommandIssuer Issuer, string InjectId) : ExerciseCommand(Issuer);
