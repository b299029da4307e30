using System.CommandLine;
using ExerciseServer.Proxy;

// ExerciseServer.Proxy --listen http://0.0.0.0:8080 --node http://10.0.0.1:5080 --node http://10.0.0.2:5080
const string Usage = "usage: ExerciseServer.Proxy [--listen URL] --node URL [--node URL ...] [--health-seconds N (0 < N <= 300)]";
var listen = new Option<string>("--listen") { Description = "The address to listen on.", DefaultValueFactory = _ => "http://localhost:8080" };
var nodes = new Option<string[]>("--node") { Description = "A server node's base address; give one per node.", Required = true, Arity = ArgumentArity.OneOrMore };
var interval = new Option<double>("--health-seconds") { Description = "How often each node's /readyz is checked.", DefaultValueFactory = _ => 2 };
var root = new RootCommand("A round-robin reverse proxy (HTTP and WebSockets) in front of ExerciseServer cluster nodes.") { listen, nodes, interval };
root.SetAction(async (parsed, cancellationToken) =>
{
    var addresses = parsed.GetRequiredValue(nodes);
    var bad = addresses.Where(a => !Uri.TryCreate(a, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")).ToList();
    var seconds = parsed.GetValue(interval);
    if (bad.Count > 0 || seconds is <= 0 or > 300)
    {
        bad.ForEach(address => Console.Error.WriteLine($"error: '{address}' is not an http:// or https:// address"));
        Console.Error.WriteLine(Usage);
        return 2;
    }

    var options = new ProxyOptions(parsed.GetRequiredValue(listen), [.. addresses.Select(a => new Uri(a))], TimeSpan.FromSeconds(seconds));
    await RoundRobinProxy.Build(options).RunAsync(cancellationToken);
    return 0;
});

var parsed = root.Parse(args);
if (parsed.Errors.Count > 0)
{
    foreach (var error in parsed.Errors)
    {
        Console.Error.WriteLine($"error: {error.Message}");
    }

    Console.Error.WriteLine(Usage);
    return 2;
}

return await parsed.InvokeAsync();
