using ExerciseServer.Security;
using Orleans.Dashboard;

namespace ExerciseServer.Hosting;

/// <summary>
/// The Orleans dashboard (silos, grains, call rates and latencies) at <see cref="Path"/>, for control only: a
/// facilitator signed in with the browser, or a bearer API token. On unless <c>Dashboard:Enabled=false</c>, which
/// also drops its per-call profiling filter; its live log stream is off, so the dashboard shows no log lines.
/// </summary>
public static class OrleansDashboard
{
    public const string Path = "/dashboard";

    public static bool Enabled(IConfiguration configuration) => configuration.GetValue(ServerSettingNames.DashboardEnabled, true);

    public static ISiloBuilder AddExerciseDashboard(this ISiloBuilder silo) =>
        silo.AddDashboard(options => options.HideTrace = true);

    public static void MapExerciseDashboard(this WebApplication app) =>
        app.MapOrleansDashboard(routePrefix: Path).RequireAuthorization(ExerciseClaims.ControlPolicy);
}
