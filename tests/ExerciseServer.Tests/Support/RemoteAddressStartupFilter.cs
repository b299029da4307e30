using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace ExerciseServer.Tests.Support;

/// <summary>
/// The in-memory test server has no TCP connection, so no remote address; this gives every request the one a
/// real connection from <paramref name="address"/> would have, before the server's own pipeline runs.
/// </summary>
public sealed class RemoteAddressStartupFilter(IPAddress address) : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, following) =>
        {
            context.Connection.RemoteIpAddress = address;
            return following(context);
        });
        next(app);
    };
}
