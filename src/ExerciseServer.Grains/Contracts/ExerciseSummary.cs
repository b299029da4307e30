using System.Text.Json.Serialization;
using ExerciseServer.Core.Engine.Machines;
using ExerciseServer.Core.Words;

namespace ExerciseServer.Grains.Contracts;

/// <summary>
/// One exercise in the directory. The directory's grain state holds these, so <see cref="Lifecycle"/> is stored as
/// its word, as it was when it was a string.
/// </summary>
public sealed record ExerciseSummary(string Id, string Name, string ScenarioId, [property: JsonConverter(typeof(StatusWordConverter<ExerciseLifecycle>))] ExerciseLifecycle Lifecycle, DateTimeOffset CreatedAt);
