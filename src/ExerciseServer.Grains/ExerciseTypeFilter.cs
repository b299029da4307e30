using Orleans.Serialization;

namespace ExerciseServer.Grains;

/// <summary>
/// Lets Orleans carry collections of the project's own JSON-serialized types (lists of events, of summaries);
/// every other type is left to Orleans' own rules.
/// </summary>
public sealed class ExerciseTypeFilter : ITypeFilter
{
    public bool? IsTypeAllowed(Type type) =>
        GrainsSiloBuilderExtensions.IsJsonSerialized(type)
        || (type.IsGenericType && type.GetGenericArguments().All(a => GrainsSiloBuilderExtensions.IsJsonSerialized(a) || a == typeof(string)))
            ? true
            : null;
}
