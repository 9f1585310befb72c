using BenchmarkDotNet.Running;
using HmiApp.Benchmarks.Modbus;

// Modes used by bench/modbus-throughput.sh and the long fuzz run; anything else goes to BenchmarkDotNet.
return args.FirstOrDefault() switch
{
    "server" => await ThroughputCommands.ServeAsync(BenchArguments.Parse(args[1..])),
    "client" => await ThroughputCommands.PollAsync(BenchArguments.Parse(args[1..])),
    "fuzz" => await FuzzCommand.RunAsync(BenchArguments.Parse(args[1..])),
    _ => Run(args),
};

static int Run(string[] args)
{
    BenchmarkSwitcher.FromAssembly(typeof(ThroughputCommands).Assembly).Run(args);
    return 0;
}
