namespace ExerciseServer.Core.Engine.Commands;

/// <summary>After the end, a team answers one of the scenario's hot-wash questions; a later answer replaces an earlier one.</summary>
public sealed record AnswerHotWash(CommandIssuer Issuer, string QuestionId, string Text) : ExerciseCommand(Issuer);
