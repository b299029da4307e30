using System.Text.Json.Serialization;

namespace ExerciseServer.Core.Engine;

/// <summary>
/// Why a command or call was refused, in kinds a client can act on without reading the message. On the wire
/// they are the words <c>not-found</c>, <c>forbidden</c>, <c>conflict</c>, <c>invalid</c>, <c>too-many</c> and
/// <c>unavailable</c>, and for votes in joint decisions <c>already-voted</c>, <c>not-a-party</c> and
/// <c>decision-resolved</c> (HTTP 409, 403 and 409).
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<RejectionCode>))]
public enum RejectionCode
{
    /// <summary>Something the command names does not exist (an exercise, inject, team, decision...).</summary>
    [JsonStringEnumMemberName("not-found")]
    NotFound,

    /// <summary>The caller's role or team may not do this.</summary>
    [JsonStringEnumMemberName("forbidden")]
    Forbidden,

    /// <summary>Not now: the exercise or item is in a state where this cannot happen, or a key was reused.</summary>
    [JsonStringEnumMemberName("conflict")]
    Conflict,

    /// <summary>The command itself is malformed: empty or too long text, a value out of range, a wrong word.</summary>
    [JsonStringEnumMemberName("invalid")]
    Invalid,

    /// <summary>A budget is spent: too many calls, connections or bytes; the message says when to retry.</summary>
    [JsonStringEnumMemberName("too-many")]
    TooMany,

    /// <summary>
    /// The store cannot be reached now (a cluster's Redis is down): the command may not have been stored, so send it
    /// again with the same idempotency key, which stores it at most once.
    /// </summary>
    [JsonStringEnumMemberName("unavailable")]
    Unavailable,

    /// <summary>The team has already cast its vote in this joint decision; a vote is not changed.</summary>
    [JsonStringEnumMemberName("already-voted")]
    AlreadyVoted,

    /// <summary>The caller's team is not one of the teams the joint decision is put to.</summary>
    [JsonStringEnumMemberName("not-a-party")]
    NotAParty,

    /// <summary>The joint decision has been resolved (its rule was met, could no longer be, or its time ran out).</summary>
    [JsonStringEnumMemberName("decision-resolved")]
    DecisionResolved,
}
