using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using ExerciseServer.Core.Diagnostics;
using ExerciseServer.Core.Msel;

namespace ExerciseServer.Msel;

/// <summary>The file side of MSEL sheets: XLSX or CSV by extension, and a file that cannot be read reported as MS200.</summary>
public static class MselFiles
{
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static bool IsSheet(string path) => Kind(path) is not null;

    public static string? Kind(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".xlsx" => "xlsx",
        ".csv" => "csv",
        _ => null,
    };

    public static void Write(MselSheet sheet, string path, Stream stream)
    {
        if (Kind(path) == "xlsx")
        {
            XlsxMselFile.Write(sheet, stream);
        }
        else
        {
            CsvMselFile.Write(sheet, stream);
        }
    }

    /// <summary>The sheet in a file named <paramref name="name"/>; null, with the reason, when it cannot be read.</summary>
    public static (MselSheet? Sheet, IReadOnlyList<SheetDiagnostic> Problems) Read(string name, Stream stream)
    {
        try
        {
            return Kind(name) == "xlsx" ? (XlsxMselFile.Read(name, stream), []) : CsvMselFile.Read(name, stream);
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or FileFormatException or XmlException or IOException or InvalidOperationException or KeyNotFoundException or ArgumentException or CsvHelper.CsvFormatException)
        {
            return (null, [new SheetDiagnostic(DiagnosticSeverity.Error, MselCodes.UnreadableSheet.Code, $"the file cannot be read as {Kind(name)?.ToUpperInvariant() ?? "a spreadsheet"}: {ex.Message}", name)]);
        }
    }
}
