using ExerciseServer.BareHub;

// The baseline of `ExerciseServer.LoadTests fanout`, started by it as its own process:
// dotnet tests/ExerciseServer.BareHub/bin/Release/net10.0/ExerciseServer.BareHub.dll --urls http://127.0.0.1:PORT
var builder = WebApplication.CreateBuilder(args);
builder.Logging.SetMinimumLevel(LogLevel.Warning);
builder.Services.AddSignalR(options => options.MaximumReceiveMessageSize = 64 * 1024);
var app = builder.Build();
app.MapHub<BareHub>("/hubs/exercise");
app.MapGet("/readyz", () => "ready");
app.Run();
