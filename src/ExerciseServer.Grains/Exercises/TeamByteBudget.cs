using System.Text;
using ExerciseServer.Core.Engine;
using ExerciseServer.Core.Engine.Commands;

namespace ExerciseServer.Grains.Exercises;

/// <summary>
/// How much text each team may add to the log: at most <c>bytesPerMinute</c> UTF-8 bytes of messages, answers and
/// hot-wash answers in any sliding minute. The exercise grain, the log's single writer, keeps it, so it holds for a
/// team however many people, connections and server nodes it writes through. In memory: a new activation of the
/// grain starts with an empty window.
/// </summary>
public sealed class TeamByteBudget(int bytesPerMinute)
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    private readonly Dictionary<string, TeamWindow> _teams = new(StringComparer.Ordinal);

    public int BytesPerMinute { get; } = bytesPerMinute > 0
        ? bytesPerMinute
        : throw new ArgumentOutOfRangeException(nameof(bytesPerMinute), bytesPerMinute, "The team byte budget must be positive.");

    /// <summary>The team a command's text counts against and its size; null for commands that write no team text.</summary>
    public static (string Team, int Bytes)? ChargeOf(ExerciseCommand command) => command switch
    {
        SendMessage { Issuer: { Role: IssuerRole.Team, Team: { } team } } message => (team, Bytes(message.Text)),
        RespondToInject { Issuer: { Role: IssuerRole.Team, Team: { } team } } answer => (team, Bytes(answer.Text)),
        AnswerHotWash { Issuer: { Role: IssuerRole.Team, Team: { } team } } answer => (team, Bytes(answer.Text)),
        _ => null,
    };

    /// <summary>Null if <paramref name="team"/> may write <paramref name="bytes"/> more now; else a too-many refusal that says when to retry.</summary>
    public Rejection? Check(string team, int bytes, DateTimeOffset now)
    {
        var window = Current(team, now);
        if (window.Total + bytes <= BytesPerMinute)
        {
            return null;
        }

        if (bytes > BytesPerMinute)
        {
            return Rejection.TooMany($"this text has {bytes} bytes, more than team '{team}' may write in a minute ({BytesPerMinute} bytes); shorten it");
        }

        // The earliest moment enough of the minute's writing has aged out for this text to fit.
        var mustExpire = window.Total + bytes - BytesPerMinute;
        var freed = 0L;
        var retryAt = now;
        foreach (var (at, size) in window.Entries)
        {
            freed += size;
            retryAt = at + Window;
            if (freed >= mustExpire)
            {
                break;
            }
        }

        var seconds = Math.Max(1, (int)Math.Ceiling((retryAt - now).TotalSeconds));
        return Rejection.TooMany($"team '{team}' has written {window.Total} of its {BytesPerMinute} bytes of messages and answers for the last minute; try again in {seconds} s");
    }

    /// <summary>Counts text the log accepted.</summary>
    public void Record(string team, int bytes, DateTimeOffset now)
    {
        var window = Current(team, now);
        window.Entries.Enqueue((now, bytes));
        window.Total += bytes;
    }

    private TeamWindow Current(string team, DateTimeOffset now)
    {
        if (!_teams.TryGetValue(team, out var window))
        {
            _teams[team] = window = new TeamWindow();
        }

        while (window.Entries.TryPeek(out var oldest) && oldest.At <= now - Window)
        {
            window.Entries.Dequeue();
            window.Total -= oldest.Bytes;
        }

        return window;
    }

    private static int Bytes(string? text) => text is null ? 0 : Encoding.UTF8.GetByteCount(text);

    private sealed class TeamWindow
    {
        public Queue<(DateTimeOffset At, int Bytes)> Entries { get; } = new();

        public long Total { get; set; }
    }
}
