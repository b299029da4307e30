using ExerciseServer.LoadTests;

// dotnet run -c Release --project tests/ExerciseServer.LoadTests -- append [--log 50000] [--appends 3000]
if (args.Length > 0 && args[0] == "append")
{
    return await AppendLoadRun.RunAsync(args[1..]);
}

Console.Error.WriteLine("usage: append [--log N] [--appends N]");
return 2;
