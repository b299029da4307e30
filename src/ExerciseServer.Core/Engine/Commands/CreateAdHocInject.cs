namespace ExerciseServer.Core.Engine.Commands;

/// <summary>Write and release an inject during play.</summary>
public sealed record CreateAdHocInject(CommandIssuer Issuer, IReadOnlyList<string> To, string Channel, string Title, string Body) : ExerciseCommand(Issuer);
