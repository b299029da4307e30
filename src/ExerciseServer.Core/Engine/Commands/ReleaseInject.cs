namespace ExerciseServer.Core.Engine.Commands;

/// <summary>Release an inject now: a held one, an on-demand one, or one ahead of its time.</summary>
public sealed record ReleaseInject(CommandIssuer Issuer, string InjectId) : ExerciseCommand(Issuer);
