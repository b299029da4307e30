using ExerciseServer.LoadTests;

// dotnet run -c Release --project tests/ExerciseServer.LoadTests -- append [--log 50000] [--appends 3000]
// dotnet run -c Release --project tests/ExerciseServer.LoadTests -- fanout [--preset 1000|5000|10000] [--exercises 20] [--participants 50] [--rounds 5] [--ack]
const string usage = "usage: append [--log N] [--appends N] | " + FanOutLoadRun.Usage;
switch (args.FirstOrDefault())
{
    case "append":
        return await AppendLoadRun.RunAsync(args[1..]);
    case "fanout" when FanOutLoadRun.Parse(args[1..]) is { } options:
        return await FanOutLoadRun.RunAsync(options);
    default:
        Console.Error.WriteLine(usage);
        return 2;
}
