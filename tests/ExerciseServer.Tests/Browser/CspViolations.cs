using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace ExerciseServer.Tests.Browser;

/// <summary>
/// Collects what Chromium's console says about the Content-Security-Policy ("Refused to … because it violates
/// the following Content Security Policy directive …") from every page it opens, listening before the first
/// navigation so nothing the client does on load is missed.
/// </summary>
public sealed class CspViolations
{
    private readonly ConcurrentQueue<string> _messages = new();

    public IReadOnlyCollection<string> Messages => _messages;

    public async Task<IPage> NewPageAsync(IBrowser browser)
    {
        var context = await browser.NewContextAsync(BrowserFixture.Desktop);
        context.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                _messages.Enqueue($"{message.Page?.Url}: {message.Text}");
            }
        };
        return await context.NewPageAsync();
    }
}
