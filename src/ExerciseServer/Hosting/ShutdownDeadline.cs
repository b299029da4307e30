using System.Runtime.InteropServices;

namespace ExerciseServer.Hosting;

/// <summary>
/// Stopping takes at most <c>Shutdown:TimeoutSeconds</c> (15 by default). The host cancels its services' stop at
/// that time, but the silo's last goodbye to the cluster (marking itself dead in the membership table) retries for a
/// minute when Redis is unreachable, and the process would wait for it. So when the deadline passes the process
/// ends itself, after saying why; the other nodes then declare it dead within the membership timeout, as they would
/// after a crash, and nothing answered is lost because every answer waited for the store.
/// </summary>
public sealed class ShutdownDeadline(IHostApplicationLifetime lifetime, IConfiguration configuration, ILogger<ShutdownDeadline> logger) : IHostedService
{
    public const string Setting = "Shutdown:TimeoutSeconds";
    public const double DefaultSeconds = 15;
    private Timer? _deadline;

    public static TimeSpan TimeoutOf(IConfiguration configuration) => TimeSpan.FromSeconds(configuration.GetValue(Setting, DefaultSeconds));

    /// <summary>The host cancels its services' stop at 80 % of the timeout, so a silo that can still leave cleanly does.</summary>
    public static TimeSpan HostStopOf(IConfiguration configuration) => TimeoutOf(configuration) * 0.8;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        // At 90 %: the last tenth is for the process to end, so it is gone within the setting, not just after it.
        var timeout = TimeoutOf(configuration);
        lifetime.ApplicationStopping.Register(() => _deadline = new Timer(_ => Expire(timeout), null, timeout * 0.9, Timeout.InfiniteTimeSpan));

        // Stopped in time: the deadline must not outlive the host (a test process runs many hosts, one after another).
        lifetime.ApplicationStopped.Register(() => _deadline?.Dispose());
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private void Expire(TimeSpan timeout)
    {
        logger.LogError("Stopping took longer than {Seconds} s ({Setting}), most likely because the cluster store is unreachable; ending the process now", timeout.TotalSeconds, Setting);
        Console.Out.Flush();
        Console.Error.Flush();
        if (OperatingSystem.IsWindows())
        {
            Environment.Exit(0);
        }

        // _exit skips the exit handlers that would wait for the host to finish stopping, which is what hangs.
        ExitNow(0);
    }

    [DllImport("libc", EntryPoint = "_exit")]
    private static extern void ExitNow(int status);
}
