using ExerciseServer.Core.Engine;
using Microsoft.AspNetCore.SignalR;

namespace ExerciseServer.Hubs;

/// <summary>
/// The hub's own refusals: a <see cref="HubException"/> whose message starts with the rejection code's word, such as
/// <c>too-many: too many calls…</c>, so a client can tell the kinds apart and a person still reads the reason.
/// </summary>
public static class HubRefusal
{
    public static HubException Of(RejectionCode code, string message) => new($"{Rejection.WordOf(code)}: {message}");

    public static HubException Of(Rejection rejection) => Of(rejection.Code, rejection.Message);
}
