using Serilog;
using Serilog.Formatting.Compact;

namespace ExerciseServer.Hosting;

/// <summary>
/// How the log reaches the console, by <c>Logs:Console</c>: <c>text</c> (the default, one readable line per event),
/// <c>json</c> (one compact JSON object per line, CLEF: <c>@t</c>, <c>@m</c>, <c>@l</c>, properties; for log shippers),
/// or <c>none</c> (only the sinks configured under <c>Serilog:WriteTo</c>). Anything else stops the start with the
/// choices named.
/// </summary>
public sealed class ConsoleLogFormat
{
    public const string Key = "Logs:Console";

    private const string TextTemplate = "[{Timestamp:HH:mm:ss} {Level:u3}] {SourceContext}: {Message:lj}{NewLine}{Exception}";

    private readonly string _format;

    private ConsoleLogFormat(string format) => _format = format;

    public static ConsoleLogFormat From(IConfiguration configuration)
    {
        var format = (configuration[Key] ?? "text").Trim().ToLowerInvariant();
        return format is "text" or "json" or "none"
            ? new ConsoleLogFormat(format)
            : throw new InvalidOperationException($"{Key} is '{configuration[Key]}'; it must be text, json or none");
    }

    public LoggerConfiguration WriteTo(LoggerConfiguration logger) => _format switch
    {
        "json" => logger.WriteTo.Console(new RenderedCompactJsonFormatter()),
        "none" => logger,
        _ => logger.WriteTo.Console(outputTemplate: TextTemplate),
    };
}
