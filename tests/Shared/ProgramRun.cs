using System.Diagnostics;

namespace ExerciseServer.Tests.Shared;

/// <summary>Runs a program to its end and keeps what it printed; one that outlives its time is killed with its children.</summary>
public static class ProgramRun
{
    public static async Task<(int Exit, string Output, string Error)> RunAsync(
        string program, IEnumerable<string> args, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        using var process = Start(program, args);
        var output = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var error = process.StandardError.ReadToEndAsync(CancellationToken.None);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            // Whatever it was doing, it must not outlive the caller; the exit code then says it was killed.
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
        }

        return (process.ExitCode, await output, await error);
    }

    /// <summary>Starts <paramref name="program"/> in the repository's root with its output and errors redirected, for the caller to read.</summary>
    public static Process Start(string program, IEnumerable<string> args)
    {
        var info = new ProcessStartInfo(program)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = RepositoryPaths.Root,
        };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        return Process.Start(info)!;
    }
}
