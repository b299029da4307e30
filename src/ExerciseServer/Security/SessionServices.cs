using ExerciseServer.Hosting;
using ExerciseServer.Hubs;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace ExerciseServer.Security;

/// <summary>Sessions that can be ended: the shared revocation set's local copy, the hub's connection registry and filter, and the failed-bearer limit.</summary>
public static class SessionServices
{
    public static IServiceCollection AddSessions(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<SessionConnections>();
        services.AddSingleton<SessionHubFilter>();
        services.AddSingleton<SessionRevocations>();
        services.AddHostedService(provider => provider.GetRequiredService<SessionRevocations>());
        services.AddSingleton(provider => new FailedBearerLimiter(
            provider.GetRequiredService<TimeProvider>(), configuration.GetValue(ServerSettingNames.SecurityFailedBearerPerMinute, 10)));
        return services;
    }

    /// <summary>Every cookie is checked on every request against the ended sessions and revoked codes (a cached set, no storage read).</summary>
    public static async Task ValidatePrincipalAsync(CookieValidatePrincipalContext context)
    {
        var revocations = context.HttpContext.RequestServices.GetRequiredService<SessionRevocations>();
        try
        {
            if (await revocations.RefusalAsync(context.Principal) is null)
            {
                return;
            }
        }
        catch (Exception ex)
        {
            // Not known yet whether the session was ended (the silo is starting): refuse for now, keep the cookie.
            context.HttpContext.RequestServices.GetRequiredService<ILogger<SessionRevocations>>()
                .LogWarning(ex, "Could not check a session against the ended sessions; refusing it for now");
        }

        context.RejectPrincipal();
    }
}
