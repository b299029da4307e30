using ExerciseServer.Core.Review;

namespace ExerciseServer.Reports.Document;

/// <summary>
/// A chart: the teams' timeline when <see cref="Sector"/> is null, else that sector's curve. <see cref="InText"/> is
/// what a format without pictures shows instead, if anything.
/// </summary>
internal sealed record ReportChart(SectorReview? Sector, string Caption, IReadOnlyList<ReportInline>? InText = null) : ReportBlock;
