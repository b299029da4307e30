using ExerciseServer.Archives;
using ExerciseServer.Core.Words;
using ExerciseServer.Grains;
using ExerciseServer.Grains.Contracts;
using ExerciseServer.Grains.Exercises;
using ExerciseServer.Grains.Health;
using ExerciseServer.Hosting.Health;
using ExerciseServer.Scenarios;
using ExerciseServer.Security;
using ExerciseServer.Hubs;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.SignalR;
using System.Net;
using Orleans.Configuration;
using Serilog;
using Serilog.Events;

namespace ExerciseServer.Hosting;

/// <summary>Builds the server: ASP.NET Core with a co-hosted Orleans silo, Serilog, and the HTTP endpoints.</summary>
public static class ServerHost
{
    /// <summary>Where the server listens when neither --urls nor configuration says otherwise.</summary>
    public const string DefaultUrl = "http://localhost:5080";

    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, WebRootPath = FindWebRoot() });
        if (string.IsNullOrEmpty(builder.Configuration[ServerSettingNames.Urls]) && string.IsNullOrEmpty(builder.Configuration[ServerSettingNames.AspNetCoreUrls]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        // Defaults in code: `dotnet run` from the repository root does not see the project's appsettings.json.
        var console = ConsoleLogFormat.From(builder.Configuration);
        builder.Services.AddSerilog((services, logger) => console.WriteTo(logger
            .MinimumLevel.Information()
            .MinimumLevel.Override("Microsoft", LogEventLevel.Warning)
            .MinimumLevel.Override("Microsoft.Hosting.Lifetime", LogEventLevel.Information)
            .MinimumLevel.Override("Orleans", LogEventLevel.Warning)
            .MinimumLevel.Override("System", LogEventLevel.Warning)
            .MinimumLevel.Override("Polly", LogEventLevel.Warning)

            // "Key may be persisted unencrypted" on every new key: the ring is in the 0700 data folder or in the cluster's Redis (KeyRing).
            .MinimumLevel.Override("Microsoft.AspNetCore.DataProtection.KeyManagement.XmlKeyManager", LogEventLevel.Error)
            .ReadFrom.Configuration(builder.Configuration)
            .ReadFrom.Services(services)
            .Enrich.FromLogContext()));
        CacheLoggers(builder.Services);

        var dataFolder = builder.Configuration[ServerSettingNames.StoragePath] is { Length: > 0 } configured ? configured : "data";
        var dataFolderNotice = DataFolder.Secure(dataFolder);
        builder.UseOrleans(silo =>
        {
            var siloPort = builder.Configuration.GetValue(ServerSettingNames.OrleansSiloPort, 11111);
            var gatewayPort = builder.Configuration.GetValue(ServerSettingNames.OrleansGatewayPort, 30000);
            if (builder.Configuration[ServerSettingNames.ClusterRedis] is { Length: > 0 } redis)
            {
                // Cluster mode: several server processes, on one host or many, form one cluster through Redis.
                var advertised = IPAddress.Parse(builder.Configuration[ServerSettingNames.OrleansAdvertisedIp] ?? "127.0.0.1");
                silo.Configure<ClusterOptions>(options =>
                {
                    options.ClusterId = builder.Configuration[ServerSettingNames.ClusterId] ?? "exerciseserver";
                    options.ServiceId = "exerciseserver";
                });
                silo.ConfigureEndpoints(advertised, siloPort, gatewayPort, listenOnAnyHostAddress: advertised.Equals(IPAddress.Any));
                silo.UseRedisClustering(redis);
                silo.AddRedisExerciseStorage(redis);
            }
            else
            {
                silo.UseLocalhostClustering(siloPort, gatewayPort);
                silo.AddSqliteExerciseStorage(Path.Combine(dataFolder, "exerciseserver.db"));
            }

            silo.Configure<ClusterMembershipOptions>(builder.Configuration.GetSection(ServerSettingNames.OrleansMembership));
            silo.AddExerciseGrains();
            silo.AddIncomingGrainCallFilter<StoreFailureGrainCallFilter>();

            if (OrleansDashboard.Enabled(builder.Configuration))
            {
                silo.AddExerciseDashboard();
            }

            // A command's trace continues through grain calls (and observer calls) when traces are collected at all.
            if (Telemetry.TracesWanted(builder.Configuration))
            {
                silo.AddActivityPropagation();
            }
        });
        builder.Services.AddOpenApi();
        builder.Services.AddExerciseTelemetry(builder.Configuration);
        builder.Services.AddExerciseHealthChecks();
        builder.Services.AddSingleton(TimeProvider.System);
        AddBudgets(builder.Services, builder.Configuration);
        builder.Services.AddSignalR(options =>
            {
                options.MaximumReceiveMessageSize = 64 * 1024;
                options.EnableDetailedErrors = builder.Environment.IsDevelopment();

                // Outermost, so it times and counts every refusal of the filters after it.
                options.AddFilter<TelemetryHubFilter>();
                // An ended session is refused before it spends any budget.
                options.AddFilter<SessionHubFilter>();
                options.AddFilter<SessionBudgetFilter>();
                options.AddFilter<StoreUnavailableHubFilter>();
            })
            .AddJsonProtocol(options => WireJson.Apply(options.PayloadSerializerOptions));
        builder.Services.ConfigureHttpJsonOptions(options => WireJson.Apply(options.SerializerOptions));
        builder.Services.AddSingleton<PresencePush>();
        builder.Services.AddSingleton<NodePresence>();
        builder.Services.AddHostedService(services => services.GetRequiredService<NodePresence>());
        builder.Services.AddSingleton<ExerciseBridge>();
        builder.Services.AddHostedService(services => services.GetRequiredService<ExerciseBridge>());

        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<StoreUnavailableExceptionHandler>();

        // Stopping is bounded even when Redis is gone (ShutdownDeadline).
        builder.Services.Configure<HostOptions>(options => options.ShutdownTimeout = ShutdownDeadline.HostStopOf(builder.Configuration));
        builder.Services.AddHostedService<ShutdownDeadline>();
        builder.Services.AddExerciseKeyRing(builder.Configuration, dataFolder);
        builder.Services.AddSingleton<FacilitatorCredentials>();
        builder.Services.AddSingleton(new CredentialsDataFolder(dataFolder));
        builder.Services.AddHostedService<FacilitatorCredentialsLoader>();
        builder.Services.AddSessions(builder.Configuration);
        AddSecurity(builder.Services, builder.Configuration.GetValue(ServerSettingNames.SecuritySignInsPerMinute, 20));

        // A malformed body is the client's mistake: a 400 with problem details, in every environment.
        builder.Services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(options => options.ThrowOnBadRequest = false);
        builder.Services.AddSingleton(ScenarioCatalogOptions.From(builder.Configuration, builder.Environment.ContentRootPath));
        builder.Services.AddSingleton<ScenarioCatalog>();
        builder.Services.AddHostedService<ScenarioCatalogLoader>();
        builder.Services.AddExerciseArchives(dataFolder);

        var app = builder.Build();
        if (ReverseProxy.From(app.Configuration) is { } forwarded)
        {
            app.UseForwardedHeaders(forwarded);
        }

        app.UseMiddleware<SecurityHeadersMiddleware>();

        // The request log outside the exception handler, so it shows the status sent (a store failure's 503, not the 500 before handling).
        app.UseSerilogRequestLogging();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.UseWebSockets();
        app.UseMiddleware<OriginCheckMiddleware>();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.MapOpenApi();
        app.MapMetrics();
        if (OrleansDashboard.Enabled(app.Configuration))
        {
            app.MapExerciseDashboard();
        }
        MapEndpoints(app);
        app.MapAuthApi();
        app.MapExerciseApi();
        app.MapReviewApi();
        app.MapMediaApi();
        app.MapArchiveApi();
        app.MapHub<ExerciseHub>(ExerciseHub.Path);
        app.Lifetime.ApplicationStarted.Register(() => AnnounceAddresses(app, app.Services.GetRequiredService<FacilitatorCredentials>()));
        if (dataFolderNotice is not null)
        {
            app.Logger.LogWarning("{DataFolderNotice}", dataFolderNotice);
        }

        return app;
    }

    /// <summary>
    /// The built browser client: beside the binaries when published, else in the project's wwwroot/ where the
    /// build puts it (whatever folder `dotnet run` was started from).
    /// </summary>
    private static string? FindWebRoot()
    {
        var published = Path.Combine(AppContext.BaseDirectory, "wwwroot");
        if (Directory.Exists(published))
        {
            return published;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "wwwroot");
            if (dir.Name == "ExerciseServer" && Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    private static void MapEndpoints(WebApplication app)
    {
        app.MapHealthEndpoints();
        var clientSettings = ClientSettings.From(app.Configuration);
        app.MapGet(ClientSettings.Path, () => Results.Ok(clientSettings));
        app.MapGet("/api/scenarios", (ScenarioCatalog catalog) => catalog.Results.Select(r => new ScenarioSummary(
            r.Scenario?.Id,
            r.Scenario?.Title,
            r.Scenario?.Summary,
            Path.GetRelativePath(catalog.Folder, r.File),
            r.IsPlayable,
            r.ErrorCount,
            r.WarningCount,
            r.Scenario?.Teams.Count ?? 0,
            r.Scenario?.Injects.Count ?? 0,
            r.Scenario is { } s ? Core.Scenarios.DurationFormat.Format(s.Clock.Duration) : null))).RequireAuthorization(ExerciseClaims.ControlPolicy);
        app.MapScenarioLibrary();
    }

    /// <summary>
    /// Serilog's logger factory makes a new logger (with its own event-id cache) on every <c>CreateLogger</c>, and
    /// ASP.NET Core asks for one per request and per connection (each authentication handler, each SignalR connection
    /// and its WebSocket transport): about 3 KB that every open hub connection held for its whole life, by the memory
    /// profile. The framework's own factory keeps one logger per category; so does this wrapper.
    /// </summary>
    private static void CacheLoggers(IServiceCollection services)
    {
        var serilog = services.Last(d => d.ServiceType == typeof(ILoggerFactory));
        var create = serilog.ImplementationFactory ?? throw new InvalidOperationException("Serilog's ILoggerFactory is expected to be registered with a factory");
        services.Remove(serilog);
        services.AddSingleton<ILoggerFactory>(provider => new CachingLoggerFactory((ILoggerFactory)create(provider)));
    }

    /// <summary>The <c>Budgets</c> section: per sign-in on the hub (this node), per team in the exercise grain.</summary>
    private static void AddBudgets(IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(TeamByteBudgetOptions.Section);
        services.AddOptions<HubBudgetOptions>().Bind(section)
            .Validate(o => o.CallsPerSecond > 0 && double.IsFinite(o.CallsPerSecond), "Budgets:CallsPerSecond must be a positive number")
            .Validate(o => o.CallBurst >= 1, "Budgets:CallBurst must be 1 or more")
            .Validate(o => o.ConnectionsPerSession >= 1, "Budgets:ConnectionsPerSession must be 1 or more")
            .ValidateOnStart();
        services.AddOptions<TeamByteBudgetOptions>().Bind(section)
            .Validate(o => o.TeamBytesPerMinute >= 1, "Budgets:TeamBytesPerMinute must be 1 or more")
            .ValidateOnStart();
        services.AddSingleton<SessionBudgetFilter>();
    }

    private static void AddSecurity(IServiceCollection services, int signInsPerMinute)
    {
        const string either = "CookieOrApiToken";
        services.AddAuthentication(either)
            .AddPolicyScheme(either, "Cookie, or a bearer API token", options => options.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? ApiTokenAuthenticationHandler.SchemeName
                    : CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(options =>
            {
                options.Cookie.Name = "exerciseserver";
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Strict;
                options.SlidingExpiration = true;
                options.ExpireTimeSpan = TimeSpan.FromHours(12);
                options.Events.OnValidatePrincipal = SessionServices.ValidatePrincipalAsync;

                // An API answers 401/403 with problem details; it never redirects to a login page.
                options.Events.OnRedirectToLogin = context => Status(context.Response, 401);
                options.Events.OnRedirectToAccessDenied = context => Status(context.Response, 403);
            })
            .AddScheme<AuthenticationSchemeOptions, ApiTokenAuthenticationHandler>(ApiTokenAuthenticationHandler.SchemeName, null);
        services.AddAuthorizationBuilder()
            .AddPolicy(ExerciseClaims.ControlPolicy, policy => policy.RequireClaim(ExerciseClaims.Role, ExerciseClaims.Control));
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = 429;
            options.AddPolicy(AuthEndpoints.SignInRateLimit, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = signInsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });

        static Task Status(HttpResponse response, int status)
        {
            response.StatusCode = status;
            return Task.CompletedTask;
        }
    }

    /// <summary>One logger per category, as Microsoft.Extensions.Logging's own factory keeps; disposing it disposes the inner factory.</summary>
    private sealed class CachingLoggerFactory(ILoggerFactory inner) : ILoggerFactory
    {
        private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Microsoft.Extensions.Logging.ILogger> _loggers = new(StringComparer.Ordinal);

        public Microsoft.Extensions.Logging.ILogger CreateLogger(string categoryName) => _loggers.GetOrAdd(categoryName, inner.CreateLogger);

        public void AddProvider(ILoggerProvider provider) => inner.AddProvider(provider);

        public void Dispose() => inner.Dispose();
    }

    private static void AnnounceAddresses(WebApplication app, FacilitatorCredentials credentials)
    {
        var addresses = app.Urls.Count > 0 ? string.Join(", ", app.Urls) : DefaultUrl;
        app.Logger.LogInformation("ExerciseServer is listening on {Addresses}; open it in a browser. API description: {OpenApi}", addresses, addresses.Split(", ")[0] + "/openapi/v1.json");

        if (credentials.LegacyFileNotice is { } notice)
        {
            app.Logger.LogInformation("{Notice}", notice);
        }

        if (credentials.DroppedLegacyTokens > 0)
        {
            app.Logger.LogWarning("Dropped {Count} API tokens stored by an older version (they cannot be checked without slow hashing); create new ones in the facilitator console or with POST /api/auth/tokens", credentials.DroppedLegacyTokens);
        }

        // The password goes to the console once, never to the log sinks.
        Console.WriteLine(credentials.GeneratedPassword is { } password
            ? $"Facilitator sign-in: password {password} (generated now and shown only this once; set Facilitator:Password to choose your own)"
            : credentials.PasswordOrigin == PasswordOrigins.Configuration
            ? "Facilitator sign-in: the password set in Facilitator:Password."
            : "Facilitator sign-in: the password printed when this store was first used (in a cluster, by the first node to start); set Facilitator:Password to choose your own.");
    }
}
