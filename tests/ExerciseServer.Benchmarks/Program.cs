using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/ExerciseServer.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
