namespace ExerciseServer.Core.Engine.Commands;

/// <summary>A message from a team or control to a team (its own included) or to control.</summary>
public sealed record SendMessage(CommandIssuer Issuer, string To, string Text) : ExerciseCommand(Issuer);
