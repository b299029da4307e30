using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ExerciseServer.Tests.Support;

/// <summary>The real server in memory, with its co-hosted silo on free ports.</summary>
public class ServerFactory : WebApplicationFactory<Program>
{
    public const string ApiToken = "test-api-token-0123456789";
    public const string Password = "correct horse battery staple";

    /// <summary>The folder of this server's SQLite database, for verbs that read it directly.</summary>
    public string DataPath { get; } = Directory.CreateTempSubdirectory("server-data-").FullName;

    /// <summary>A client signed in as exercise control with the API token.</summary>
    public HttpClient CreateControlClient()
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", ApiToken);
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Orleans:SiloPort", FreePorts.Next().ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Orleans:GatewayPort", FreePorts.Next().ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Scenarios:Path", Shared.RepositoryPaths.Scenarios);
        builder.UseSetting("Storage:Path", DataPath);
        builder.UseSetting("Facilitator:ApiToken", ApiToken);
        builder.UseSetting("Facilitator:Password", Password);

        // Every test client signs in from the same address; the limit itself is tested with its own value.
        builder.UseSetting("Security:SignInsPerMinute", "100000");

        // Control's API-token connections of a whole test class share one budget; budgets are tested with their own values.
        builder.UseSetting("Budgets:CallBurst", "100000");
        builder.UseSetting("Budgets:ConnectionsPerSession", "1000");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
    }

    /// <summary>Settings a derived factory changes, applied last.</summary>
    protected virtual IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>();
}
