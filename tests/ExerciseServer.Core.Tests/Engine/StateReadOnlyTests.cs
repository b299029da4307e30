using System.Reflection;
using System.Runtime.CompilerServices;
using ExerciseServer.Core.Engine;
using ExerciseServer.Core.Simulation;

namespace ExerciseServer.Core.Tests.Engine;

/// <summary>
/// Only <see cref="ExerciseState.Apply"/> changes the state, and the types say so: what the state and its runtimes
/// show has no public setter (init-only values are fixed at creation) and no collection or model that a reader could
/// change.
/// </summary>
public sealed class StateReadOnlyTests
{
    public static TheoryData<Type> StateTypes => [typeof(ExerciseState), typeof(InjectRuntime), typeof(ActionRuntime), typeof(DecisionRuntime)];

    [Theory]
    [MemberData(nameof(StateTypes))]
    public void No_public_property_can_be_set_after_creation(Type type)
    {
        var settable = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.SetMethod is { IsPublic: true } setter && !IsInitOnly(setter))
            .Select(p => p.Name);
        Assert.Empty(settable);
    }

    [Theory]
    [MemberData(nameof(StateTypes))]
    public void No_public_property_hands_out_something_changeable(Type type)
    {
        var changeable = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => IsChangeable(p.PropertyType))
            .Select(p => $"{p.Name}: {p.PropertyType.Name}");
        Assert.Empty(changeable);
    }

    [Fact]
    public void The_checks_see_a_mutable_property_when_there_is_one()
    {
        // The two checks above must be able to fail: a type with a public setter and a List is caught.
        Assert.Contains(typeof(Mutable).GetProperties(), p => p.SetMethod is { IsPublic: true } setter && !IsInitOnly(setter));
        Assert.Contains(typeof(Mutable).GetProperties(), p => IsChangeable(p.PropertyType));
    }

    private static bool IsInitOnly(MethodInfo setter) =>
        setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));

    private static bool IsChangeable(Type type) =>
        type.IsArray
        || type == typeof(SectorModel)
        || (type.IsGenericType && type.GetGenericTypeDefinition() is var definition
            && (definition == typeof(List<>) || definition == typeof(Dictionary<,>) || definition == typeof(SortedDictionary<,>)
                || definition == typeof(SortedSet<>) || definition == typeof(HashSet<>) || definition == typeof(ICollection<>)
                || definition == typeof(IList<>) || definition == typeof(IDictionary<,>) || definition == typeof(ISet<>)));

    private sealed class Mutable
    {
        public int Count { get; set; }

        public List<string> Items { get; } = [];
    }
}
