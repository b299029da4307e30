using System.Reflection;
using System.Runtime.CompilerServices;
using ExerciseServer.Core.Engine;
using ExerciseServer.Core.Engine.Commands;
using ExerciseServer.Core.Engine.Events;
using ExerciseServer.Core.Engine.Machines;
using ExerciseServer.Grains.Contracts;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;

namespace ExerciseServer.Grains.Tests.Exercises;

/// <summary>
/// A call inside one silo passes commands, events and command outcomes by reference (no JSON round trip per
/// call). That is only sound while they are immutable all the way down, which these tests hold them to.
/// </summary>
public sealed class InProcessCopyTests
{
    private static readonly DateTimeOffset Wall = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);

    private static DeepCopier Copier() =>
        new ServiceCollection().AddExerciseSerialization().BuildServiceProvider().GetRequiredService<DeepCopier>();

    [Fact]
    public void Commands_events_and_outcomes_are_passed_by_reference_inside_a_silo()
    {
        var copier = Copier();
        var command = new RespondToInject(CommandIssuer.OfTeam("energy"), "INJ-1", "on it") { IdempotencyKey = "hub:k1" };
        var events = new List<ExerciseEvent>
        {
            new InjectResponded(7, TimeSpan.FromHours(1), Wall, EventAudience.ForTeams(["energy"]), "INJ-1", "energy", "on it") { CommandKey = "hub:k1" },
            new AdHocInjectCreated(8, TimeSpan.FromHours(1), Wall, EventAudience.Everyone, "adhoc-1", ["all"], "email", "Title", "Body"),
        };
        var outcome = new CommandOutcome(true, false, null, events);

        Assert.Same(command, copier.Copy(command));
        Assert.Same(command, copier.Copy<ExerciseCommand>(command));
        Assert.Same(events[0], copier.Copy<ExerciseEvent>(events[0]));
        Assert.Same(outcome, copier.Copy(outcome));
    }

    [Fact]
    public void Other_core_and_contract_types_are_still_copied()
    {
        // A mutable state object must never be shared between the caller and the grain.
        var copier = Copier();
        var summary = new ExerciseSummary("ex-1", "Baltic", "baltic", ExerciseLifecycle.Running, Wall);
        var copy = copier.Copy(summary);
        Assert.Equal(summary, copy);
        Assert.NotSame(summary, copy);
    }

    public static TheoryData<Type> PassedByReference() =>
        [.. typeof(ExerciseCommand).Assembly.GetTypes().Where(GrainsSiloBuilderExtensions.IsImmutableRecord).Append(typeof(CommandOutcome))];

    [Theory]
    [MemberData(nameof(PassedByReference))]
    public void What_is_passed_by_reference_has_only_init_only_properties_of_immutable_types(Type type)
    {
        Assert.True(type.IsSealed, $"{type.Name} must be sealed: a subclass could add mutable state");
        foreach (var field in type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            Assert.True(field.IsInitOnly, $"{type.Name}.{field.Name} must be read-only");
            Assert.True(IsImmutable(field.FieldType), $"{type.Name}.{field.Name} is a {field.FieldType.Name}, which is not immutable");
        }

        foreach (var property in type.GetProperties(BindingFlags.Instance | BindingFlags.Public))
        {
            var setter = property.SetMethod;
            Assert.True(setter is null || setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit)), $"{type.Name}.{property.Name} must be init-only");
        }
    }

    private static bool IsImmutable(Type type) =>
        type.IsPrimitive || type.IsEnum
        || type == typeof(string) || type == typeof(decimal) || type == typeof(TimeSpan) || type == typeof(DateTimeOffset) || type == typeof(DateOnly)
        || (Nullable.GetUnderlyingType(type) is { } inner && IsImmutable(inner))
        || GrainsSiloBuilderExtensions.IsImmutableRecord(type)
        || type == typeof(ExerciseCommand) || type == typeof(ExerciseEvent)
        || (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>) && IsImmutable(type.GetGenericArguments()[0]));
}
