using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace ExerciseServer.Tests.Browser;

/// <summary>
/// Runs axe-core on a page in one named state and keeps what it found at impact "serious" or "critical", one line a
/// node (state, rule, impact, target, help), so a failing test reads as a list of what to fix. Every finding of any
/// impact is also written to test-artifacts/browser/axe-&lt;state&gt;.txt for the record.
/// </summary>
public sealed class AxeCheck
{
    private static readonly HashSet<string> Blocking = ["serious", "critical"];
    private readonly List<string> _blocking = [];
    private readonly List<string> _checked = [];

    public IReadOnlyList<string> BlockingViolations => _blocking;

    public IReadOnlyList<string> CheckedStates => _checked;

    public async Task RunAsync(IPage page, string state)
    {
        // Let the last render and any fade settle: axe reads computed colours.
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await page.WaitForTimeoutAsync(300);
        var result = await page.RunAxe();
        _checked.Add(state);
        var lines = new List<string>();
        foreach (var violation in result.Violations ?? [])
        {
            foreach (var node in violation.Nodes ?? [])
            {
                var line = $"{state}: {violation.Id} ({violation.Impact}) at {node.Target} — {violation.Help} | {Shorten(node.Html)}";
                lines.Add(line);
                if (Blocking.Contains(violation.Impact ?? ""))
                {
                    _blocking.Add(line);
                }
            }
        }

        await File.WriteAllLinesAsync(Path.Combine(BrowserFixture.Artifacts, $"axe-{state}.txt"), lines.Count == 0 ? ["no violations"] : lines);
    }

    public string Report() =>
        $"{_blocking.Count} serious or critical axe violations in {_checked.Count} states ({string.Join(", ", _checked)}):\n" + string.Join('\n', _blocking);

    private static string Shorten(string? html) => html is null ? "" : html.Length <= 160 ? html : html[..157] + "…";
}
