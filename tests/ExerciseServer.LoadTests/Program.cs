using ExerciseServer.LoadTests;

// dotnet run -c Release --project tests/ExerciseServer.LoadTests -- append [--log 50000] [--appends 3000]
// dotnet run -c Release --project tests/ExerciseServer.LoadTests -- fanout [--exercises 20] [--participants 50]
switch (args.FirstOrDefault())
{
    case "append":
        return await AppendLoadRun.RunAsync(args[1..]);
    case "fanout":
        return await FanOutLoadRun.RunAsync(args[1..]);
    default:
        Console.Error.WriteLine("usage: append [--log N] [--appends N] | fanout [--exercises N] [--participants N] [--rounds N]");
        return 2;
}
