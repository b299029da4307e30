using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ExerciseServer.Tests.Support;

/// <summary>The real server in memory, with its co-hosted silo on free ports.</summary>
public sealed class ServerFactory : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Orleans:SiloPort", FreePorts.Next().ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Orleans:GatewayPort", FreePorts.Next().ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Scenarios:Path", Shared.RepositoryPaths.Scenarios);
        builder.UseSetting("Storage:Path", Directory.CreateTempSubdirectory("server-data-").FullName);
    }
}
