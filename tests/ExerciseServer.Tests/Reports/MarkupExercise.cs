using ExerciseServer.Core.Engine;
using ExerciseServer.Core.Engine.Commands;
using ExerciseServer.Core.Engine.Events;
using ExerciseServer.Core.Review;
using ExerciseServer.Core.Scenarios;
using ExerciseServer.Reports;
using ExerciseServer.Tests.Shared;
using static ExerciseServer.Tests.Reports.PlayerFields;

namespace ExerciseServer.Tests.Reports;

/// <summary>The quickstart played with every <see cref="PlayerFields"/> payload in its field, and the reports rendered from it.</summary>
public sealed class MarkupExercise
{
    private const string Finland = "fi-ncsc";
    private const string Estonia = "ee-ria";
    private static readonly DateTimeOffset T0 = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);
    private static readonly Lazy<MarkupExercise> Once = new(() => new MarkupExercise());

    private readonly List<ExerciseEvent> _events = [];
    private readonly ExerciseEngine _engine;
    private readonly Dictionary<ReportFormat, string> _rendered = [];

    private MarkupExercise()
    {
        var file = RepositoryPaths.Scenario("quickstart.yaml");
        var loaded = ScenarioLoader.Load(file, File.ReadAllText(file));
        _engine = new ExerciseEngine(new ScenarioIndex(loaded.Scenario!));
        var control = CommandIssuer.Control;
        var finland = CommandIssuer.OfTeam(Finland);

        Play(0, new StartExercise(control));
        Play(1, new AdvanceClock(control));
        Play(2, new RespondToInject(finland, "q01-signal-loss", Answer.Payload));
        Play(2.5, new SendMessage(finland, Estonia, Message.Payload));
        var adHoc = Play(3, new CreateAdHocInject(control, [Finland], "email", AdHocTitle.Payload, AdHocBody.Payload));
        Play(3.5, new RespondToInject(finland, adHoc.Events.OfType<AdHocInjectCreated>().Single().InjectId, AdHocAnswer.Payload));
        Play(4, new RecordObservation(CommandIssuer.Evaluator(ObservationBy.Payload), Observation.Payload, "q01-signal-loss", Finland, "share-information"));
        Play(4.5, new RecordRating(CommandIssuer.Evaluator(RatingBy.Payload), "objective", "share-information", "S", RatingNote.Payload));
        var finding = Play(5, new RecordFinding(CommandIssuer.Evaluator(FindingBy.Payload), null, FindingKinds.AreaForImprovement, "share-information", Finding.Payload));
        Play(5.5, new PlanImprovement(CommandIssuer.Evaluator(PlanBy.Payload), null, finding.Events.OfType<FindingRecorded>().Single().FindingId, PlanAction.Payload, PlanOwner.Payload, new DateOnly(2026, 4, 30)));
        Play(6, new EndExercise(control));
        Play(7, new AnswerHotWash(finland, "hw-first-call", HotWashAnswer.Payload));

        Review = ReviewBuilder.Build(_engine.State.Index, "ex-markup", "Markup in every field", _events);
    }

    public static MarkupExercise Shared => Once.Value;

    public IReadOnlyList<ExerciseEvent> Events => _events;

    public ExerciseReview Review { get; }

    /// <summary>The report in a format, rendered once as the endpoint and the CLI do.</summary>
    public async Task<string> RenderAsync(ReportFormat format)
    {
        lock (_rendered)
        {
            if (_rendered.TryGetValue(format, out var done))
            {
                return done;
            }
        }

        await using var output = new StringWriter();
        await ReportWriter.WriteAsync(output, format, Review, _events, TestContext.Current.CancellationToken);
        lock (_rendered)
        {
            _rendered[format] = output.ToString();
        }

        return output.ToString();
    }

    private CommandResult Play(double wallMinutes, ExerciseCommand command)
    {
        var result = _engine.Execute(command, T0 + TimeSpan.FromMinutes(wallMinutes));
        Assert.True(result.Accepted, $"{command.GetType().Name} at {wallMinutes}m was rejected: {result.Rejection}");
        _events.AddRange(result.Events);
        return result;
    }
}
