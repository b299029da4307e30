using System.Diagnostics;
using System.Text.Json;
using ExerciseServer.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.SignalR.Client;
using OpenTelemetry.Trace;

namespace ExerciseServer.Tests.Operations;

/// <summary>One Acknowledge followed from the hub through the grain call and the grain to the store and the push, in one trace.</summary>
public sealed class TraceTests(TraceTests.TracedServerFactory factory) : IClassFixture<TraceTests.TracedServerFactory>
{
    /// <summary>The server with traces on and every finished span kept in memory.</summary>
    public sealed class TracedServerFactory : ServerFactory
    {
        private readonly List<Activity> _spans = [];

        public IReadOnlyList<Activity> Spans()
        {
            // The exporter appends from whichever thread ends a span; a copy taken mid-append is taken again.
            while (true)
            {
                try
                {
                    return [.. _spans];
                }
                catch (InvalidOperationException)
                {
                }
                catch (ArgumentException)
                {
                }
            }
        }

        protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string> { ["Telemetry:Traces"] = "true" };

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(_spans)));
        }
    }

    private readonly HubClients _clients = new(factory);

    [Fact]
    public async Task One_acknowledge_is_one_trace_from_the_hub_to_the_push()
    {
        var exercise = await _clients.CreateExerciseAsync();
        await using var control = await _clients.ControlAsync();
        await control.InvokeAsync<JsonElement>("Start", exercise, "start", TestContext.Current.CancellationToken);
        await control.InvokeAsync<JsonElement>("Jump", exercise, "PT2M", "jump", TestContext.Current.CancellationToken);
        await using var player = await _clients.JoinAsync(await _clients.IssueCodeAsync(exercise, new { team = "fi-ncsc" }), "Aino");
        await player.InvokeAsync<JsonElement>("Join", exercise, TestContext.Current.CancellationToken);

        var outcome = await player.InvokeAsync<JsonElement>("Acknowledge", exercise, "q01-signal-loss", "ack-1", TestContext.Current.CancellationToken);
        Assert.True(outcome.GetProperty("accepted").GetBoolean());

        // The push is one-way from the grain: its span ends after the answer.
        Activity[] trace = [];
        for (var i = 0; i < 50 && !trace.Any(s => s.DisplayName == "fanout push"); i++)
        {
            await Task.Delay(100, TestContext.Current.CancellationToken);
            var spans = factory.Spans();
            var hub = spans.LastOrDefault(s => s.DisplayName == "hub Acknowledge");
            trace = hub is null ? [] : [.. spans.Where(s => s.TraceId == hub.TraceId)];
        }

        var names = string.Join(", ", trace.Select(s => $"{s.Source.Name}: {s.DisplayName} ({s.Kind})"));
        var byId = trace.ToDictionary(s => s.SpanId);
        Activity Span(string name) => trace.SingleOrDefault(s => s.DisplayName == name) ?? throw new Xunit.Sdk.XunitException($"no span '{name}' in the trace: {names}");
        bool Under(Activity span, Activity ancestor)
        {
            for (var at = span; byId.TryGetValue(at.ParentSpanId, out var parent); at = parent)
            {
                if (parent == ancestor)
                {
                    return true;
                }
            }

            return false;
        }

        var hubSpan = Span("hub Acknowledge");
        Activity Orleans(string name) => trace.SingleOrDefault(s => s.Source.Name == "Microsoft.Orleans.Application" && s.Kind == ActivityKind.Server && s.DisplayName == name)
            ?? throw new Xunit.Sdk.XunitException($"no Orleans span '{name}' received in the trace: {names}");
        var signalR = trace.SingleOrDefault(s => s.Source.Name == "Microsoft.AspNetCore.SignalR.Server" && s.DisplayName.EndsWith("ExerciseHub/Acknowledge", StringComparison.Ordinal))
            ?? throw new Xunit.Sdk.XunitException($"no SignalR span of the invocation in the trace: {names}");
        var grainCall = Orleans("IExerciseGrain/Execute");
        var observerCall = Orleans("IExerciseObserver/OnEvents");
        var execute = Span("exercise execute AcknowledgeInject");
        var append = Span("eventlog append");
        var push = Span("fanout push");
        Assert.True(Under(hubSpan, signalR), names);
        Assert.True(Under(grainCall, hubSpan), names);
        Assert.True(Under(execute, grainCall), names);
        Assert.True(Under(append, execute), names);
        Assert.True(Under(observerCall, execute), names);
        Assert.True(Under(push, observerCall), names);
        Assert.Equal("accepted", execute.GetTagItem("exerciseserver.outcome"));
        Assert.Equal(exercise, push.GetTagItem("exerciseserver.exercise_id"));
    }
}
