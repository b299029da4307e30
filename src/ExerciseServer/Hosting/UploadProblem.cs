namespace ExerciseServer.Hosting;

/// <summary>One problem found in an uploaded scenario or sheet: where (line or cell), error or warning, its code and words.</summary>
public sealed record UploadProblem(string Location, string Severity, string Code, string Message, string Text);
