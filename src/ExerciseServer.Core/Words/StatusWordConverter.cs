using System.Text.Json.Serialization;

namespace ExerciseServer.Core.Words;

/// <summary>
/// The wire's enum converter (<see cref="WireJson"/>) fixed to one property, for a record that is also stored: the
/// stored word stays the word whatever the storage serializer's own options, so records stored when the field was
/// a string still read.
/// </summary>
public sealed class StatusWordConverter<TEnum>() : JsonStringEnumConverter<TEnum>(StatusWords.Policy, allowIntegerValues: false)
    where TEnum : struct, Enum;
