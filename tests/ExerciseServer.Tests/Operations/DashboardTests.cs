using System.Net;
using ExerciseServer.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;

namespace ExerciseServer.Tests.Operations;

/// <summary>The Orleans dashboard at <c>/dashboard</c>: control gets its page and its data; nobody else does.</summary>
public sealed class DashboardTests(ServerFactory factory) : IClassFixture<ServerFactory>
{
    private readonly HubClients _clients = new(factory);

    public static TheoryData<string> Paths => ["/dashboard", "/dashboard/index.html", "/dashboard/index.min.js", "/dashboard/DashboardCounters"];

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task Without_sign_in_the_dashboard_is_refused(string path)
    {
        var response = await factory.CreateClient().GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task A_participant_is_refused_the_dashboard(string path)
    {
        var exercise = await _clients.CreateExerciseAsync();
        var cookies = await _clients.SignInAsync(await _clients.IssueCodeAsync(exercise, new { team = "fi-ncsc" }), "Aino");
        using var player = new HttpClient(new CookieContainerHandler(cookies) { InnerHandler = factory.Server.CreateHandler() }) { BaseAddress = factory.Server.BaseAddress };

        var response = await player.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Control_gets_the_dashboard_page_and_its_counters()
    {
        var control = factory.CreateControlClient();
        await _clients.CreateExerciseAsync();

        var page = await control.GetAsync(new Uri("/dashboard/index.html", UriKind.Relative), TestContext.Current.CancellationToken);
        var counters = await control.GetAsync(new Uri("/dashboard/DashboardCounters", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.True(page.StatusCode == HttpStatusCode.OK, $"page {page.StatusCode} {page.Headers.Location}; counters {counters.StatusCode} {await counters.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)}");
        Assert.Contains("Orleans Dashboard", await page.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.OrdinalIgnoreCase);
        Assert.True(counters.StatusCode == HttpStatusCode.OK, $"counters {counters.StatusCode}");
        Assert.Contains("totalActiveHostCount", await counters.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.OrdinalIgnoreCase);
    }
}
