using System.Text.Json.Serialization;

namespace ExerciseServer.Core.Engine;

/// <summary>How a joint decision was resolved; on the wire the words in brackets.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<JointResolution>))]
public enum JointResolution
{
    /// <summary>Every team chose the same option (all).</summary>
    [JsonStringEnumMemberName("agreed")]
    Agreed,

    /// <summary>More than half of the teams chose the same option (majority).</summary>
    [JsonStringEnumMemberName("majority")]
    Majority,

    /// <summary>The lead team chose (lead); the others' votes were advice.</summary>
    [JsonStringEnumMemberName("lead")]
    Lead,

    /// <summary>
    /// The votes cast make agreement impossible (all: a team chose otherwise or refused; majority: no option can
    /// reach a majority any more), so the default option applies at once.
    /// </summary>
    [JsonStringEnumMemberName("not-agreed")]
    NotAgreed,

    /// <summary>The time to decide ran out before the rule was met: the default option applies.</summary>
    [JsonStringEnumMemberName("deadline")]
    Deadline,
}
