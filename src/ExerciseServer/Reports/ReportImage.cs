namespace ExerciseServer.Reports;

/// <summary>An image media file's bytes, for the self-contained HTML report to embed as a data: URI.</summary>
public sealed record ReportImage(string ContentType, byte[] Bytes)
{
    public string DataUri => $"data:{ContentType};base64,{Convert.ToBase64String(Bytes)}";
}
