using ExerciseServer.Core.Diagnostics;
using ExerciseServer.Tests.Shared;

namespace ExerciseServer.Core.Tests.Msel;

public sealed class MselCodesDocumentedTests
{
    [Fact]
    public void Every_MSEL_code_is_in_the_guide_with_its_title()
    {
        var guide = File.ReadAllText(Path.Combine(RepositoryPaths.Scenarios, "README.md"));

        Assert.All(MselCodes.All, code => Assert.Contains($"| {code.Code} | {code.Title} |", guide, StringComparison.Ordinal));
        Assert.Contains("## MSEL spreadsheets", guide, StringComparison.Ordinal);
    }
}
