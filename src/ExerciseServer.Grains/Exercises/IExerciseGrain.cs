using ExerciseServer.Core.Engine.Commands;
using ExerciseServer.Core.Engine.Events;
using ExerciseServer.Core.Review;
using ExerciseServer.Core.Visibility;
using ExerciseServer.Grains.Contracts;
using Orleans.Concurrency;

namespace ExerciseServer.Grains.Exercises;

/// <summary>One exercise: the single writer of its ordered event log, its clock and its schedule.</summary>
[Alias("ExerciseServer.Grains.Exercises.IExerciseGrain")]
public interface IExerciseGrain : IGrainWithStringKey
{
    [Alias("Create")]
    Task<CreateExerciseResult> Create(CreateExerciseRequest request);

    /// <summary>
    /// Creates this exercise from an archive's scenario and log (already verified by replay): stores the log, then the
    /// exercise, so a failure leaves no exercise. Refused when this id is taken.
    /// </summary>
    [Alias("Import")]
    Task<CreateExerciseResult> Import(ImportExerciseRequest request);

    /// <summary>The name and scenario text an archive carries; null for an unknown exercise.</summary>
    [Alias("GetArchiveSource")]
    Task<ExerciseArchiveSource?> GetArchiveSource();

    /// <summary>Runs a command; its events are stored before this returns.</summary>
    [Alias("Execute")]
    [AlwaysInterleave]
    Task<CommandOutcome> Execute(ExerciseCommand command);

    /// <summary>The whole exercise now, as control sees it; read paths for anyone else use <see cref="GetViewFor"/>.</summary>
    [Alias("GetView")]
    Task<ExerciseView?> GetView();

    /// <summary>
    /// Events with a sequence number above <paramref name="after"/>, at most <paramref name="max"/>. It only reads the
    /// stored log, so it may run while another call waits: the sector grains the review reads catch up through it.
    /// </summary>
    [AlwaysInterleave]
    [Alias("GetEvents")]
    Task<IReadOnlyList<ExerciseEvent>> GetEvents(long after, int max);

    /// <summary>Subscribes (or renews) an observer; subscriptions expire unless renewed within a few minutes.</summary>
    [Alias("Subscribe")]
    Task Subscribe(IExerciseObserver observer);

    [Alias("Unsubscribe")]
    Task Unsubscribe(IExerciseObserver observer);

    /// <summary>Teams, sectors, phases, objectives and expected actions as the viewer may see them; null when none.</summary>
    [Alias("GetOutline")]
    Task<ExerciseOutline?> GetOutline(Viewer viewer);

    /// <summary>The contents of the injects the viewer may read (with triggers and notes for control).</summary>
    [Alias("GetInjectDetails")]
    Task<IReadOnlyList<InjectDetail>> GetInjectDetails(Viewer viewer);

    /// <summary>
    /// The id of the exercise's scenario, whose media folder holds <paramref name="name"/>, when the viewer may read an
    /// inject that carries that file (the <see cref="VisibilityPolicy"/> decides); null otherwise.
    /// </summary>
    [Alias("FindMedia")]
    Task<string?> FindMedia(Viewer viewer, string name);

    /// <summary>The exercise now as the viewer may see it; null for an unknown exercise or one that is not the viewer's.</summary>
    [Alias("GetViewFor")]
    Task<ExerciseView?> GetViewFor(Viewer viewer);

    /// <summary>Up to <paramref name="max"/> events after <paramref name="after"/> that the viewer may see, in order.</summary>
    [Alias("GetVisibleEvents")]
    Task<IReadOnlyList<ExerciseEvent>> GetVisibleEvents(Viewer viewer, long after, int max);

    /// <summary>
    /// The curves of the current run, read from the sector grains, of the sectors the viewer may see (the
    /// <see cref="VisibilityPolicy"/> decides), complete up to the latest stored event; empty when it may see none.
    /// </summary>
    [Alias("GetSectorHistories")]
    Task<IReadOnlyList<SectorHistory>> GetSectorHistories(Viewer viewer);

    /// <summary>The sectors a team is shown.</summary>
    [Alias("GetSectorsSeenBy")]
    Task<IReadOnlyList<string>> GetSectorsSeenBy(string team);

    /// <summary>The ids of the exercise's teams.</summary>
    [Alias("GetTeams")]
    Task<IReadOnlyList<string>> GetTeams();

    /// <summary>The ids of a team's roles (seats such as minister), empty for an unknown team.</summary>
    [Alias("GetTeamRoles")]
    Task<IReadOnlyList<string>> GetTeamRoles(string team);

    /// <summary>Every role of every team as <c>team/role</c>.</summary>
    [Alias("GetRoleSeats")]
    Task<IReadOnlyList<string>> GetRoleSeats();

    /// <summary>The after-action review derived from the whole log, redacted for the viewer; null for an unknown exercise or a viewer who may not read it.</summary>
    [Alias("GetReview")]
    Task<ExerciseReview?> GetReview(Viewer viewer);

    /// <summary>The exercise as it stands after its latest event, from the live state.</summary>
    [Alias("GetSnapshot")]
    Task<ExerciseSnapshot?> GetSnapshot(Viewer viewer);

    /// <summary>
    /// The exercise as it stood just after event <paramref name="seq"/>, or, when that is null, after the last event
    /// at or before game time <paramref name="at"/> of the latest run; rebuilt by replaying the stored log.
    /// </summary>
    [Alias("GetReplay")]
    Task<ExerciseSnapshot?> GetReplay(Viewer viewer, long? seq, TimeSpan? at);

    /// <summary>The hot-wash questions put to a player's team, in the player's language, with the team's latest answers.</summary>
    [Alias("GetHotWash")]
    Task<IReadOnlyList<HotWashQuestionView>> GetHotWash(Viewer player);

    /// <summary>The scenario's languages, main first; empty for an unknown exercise or a scenario that names none.</summary>
    [Alias("GetLanguages")]
    Task<IReadOnlyList<string>> GetLanguages();

    /// <summary>Activates the exercise so that a running one carries on with its clock.</summary>
    [Alias("Wake")]
    Task<string> Wake();

    /// <summary>The clock's own wake-up at a due item's wall time: catches a running exercise up, then re-arms.</summary>
    [Alias("AdvanceDue")]
    [AlwaysInterleave]
    Task AdvanceDue();
}
