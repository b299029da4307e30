using ExerciseServer.LoadTests;

// dotnet run -c Release --project tests/ExerciseServer.LoadTests -- append [--exercises 100] [--callers 4] [--log 50000] [--seconds 10] [--lateness 20]
// dotnet run -c Release --project tests/ExerciseServer.LoadTests -- fanout [--preset 1000|5000|10000] [--exercises 20] [--participants 50] [--rounds 5] [--ack]
// dotnet run -c Release --project tests/ExerciseServer.LoadTests -- big-room [--participants 5000] [--teams 20] [--injects 24] [--period 5] [--joins 32]
// dotnet run -c Release --project tests/ExerciseServer.LoadTests -- large-scenario [--injects 28000] [--teams 30] [--repeat 3]
const string usage = "usage: append [--exercises N] [--callers N] [--log N] [--seconds N] [--lateness N] | " + FanOutLoadRun.Usage + " | " + BigRoomLoadRun.Usage + " | " + LargeScenarioRun.Usage;
string[] appendOptions = ["--exercises", "--callers", "--log", "--seconds", "--lateness"];
switch (args.FirstOrDefault())
{
    case "append" when AreOptions(args[1..], appendOptions):
        return await AppendLoadRun.RunAsync(args[1..]);
    case "fanout" when FanOutLoadRun.Parse(args[1..]) is { } options:
        return await FanOutLoadRun.RunAsync(options);
    case "big-room" when BigRoomLoadRun.Parse(args[1..]) is { } bigRoom:
        return await BigRoomLoadRun.RunAsync(bigRoom);
    case "large-scenario" when AreOptions(args[1..], LargeScenarioRun.Options):
        return await LargeScenarioRun.RunAsync(args[1..]);
    default:
        Console.Error.WriteLine(usage);
        return 2;
}

// Every option is a known name followed by a whole number; anything else is a usage error, never a silent default.
static bool AreOptions(string[] rest, string[] known) =>
    rest.Length % 2 == 0
    && rest.Chunk(2).All(pair => known.Contains(pair[0]) && int.TryParse(pair[1], System.Globalization.CultureInfo.InvariantCulture, out var value) && value >= 0);
