using System.Net;
using System.Net.Sockets;
using HmiApp.Infrastructure.Modbus;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HmiApp.Infrastructure.Heating;

/// <summary>
/// Runs the heating link: loads the bank from the database before the app serves, then (gateway mode) answers
/// the base station on the configured unit ids or (client mode) polls the bus, and writes changed registers to
/// the database every <see cref="HeatingOptions.FlushInterval"/>. On a clean shutdown the Modbus server stops
/// first, so nothing is acknowledged to the bus after the last flush, which follows it.
/// </summary>
public sealed partial class HeatingService(
    IOptions<HeatingOptions> options,
    HeatingRegisterBank bank,
    HeatingRegisterStore store,
    HeatingLinkStatus status,
    IServiceProvider services,
    ILoggerFactory loggers,
    TimeProvider time) : BackgroundService
{
    private static readonly TimeSpan BindRetryDelay = TimeSpan.FromSeconds(5);
    private readonly HeatingOptions _options = options.Value;
    private readonly ILogger _logger = loggers.CreateLogger<HeatingService>();
    private readonly Lock _stopLock = new();
    private ModbusTcpServer? _server;
    private Task? _stopped;

    /// <summary>Where the gateway listens once bound (tests and the status line read it).</summary>
    public IPEndPoint? GatewayEndPoint { get; private set; }

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        if (_options.ModeKind == HeatingMode.Disabled)
        {
            status.Set("disabled (Heating:Mode is Disabled)", null);
            return;
        }

        var records = await store.LoadAsync(cancellationToken).ConfigureAwait(false);
        bank.Load(records);
        LogLoaded(records.Count);
        await base.StartAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Stops once, however often it is called: a host can be stopped twice at the same time (a test host by its
    /// factory and by the entry point's RunAsync), and the second caller then disposes the services, so it must not
    /// return before the final flush of the first is done.
    /// </summary>
    public override Task StopAsync(CancellationToken cancellationToken)
    {
        lock (_stopLock)
        {
            return _stopped ??= StopOnceAsync(cancellationToken);
        }
    }

    private async Task StopOnceAsync(CancellationToken cancellationToken)
    {
        if (_server is not null)
        {
            await _server.DisposeAsync().ConfigureAwait(false);
        }

        await base.StopAsync(cancellationToken).ConfigureAwait(false);
        await FlushAsync(CancellationToken.None).ConfigureAwait(false);
        if (bank.UnsavedCount > 0)
        {
            LogUnsavedAtShutdown(bank.UnsavedCount);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var link = _options.ModeKind == HeatingMode.Gateway ? ServeAsync(stoppingToken) : PollAsync(stoppingToken);
        using var timer = new PeriodicTimer(_options.FlushInterval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
            {
                await FlushAsync(stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }

        await link.ConfigureAwait(false);
    }

    private async Task ServeAsync(CancellationToken stoppingToken)
    {
        var unit = new ModbusUnit(bank, new NoRegisters(), new NoBits(), new NoBits());
        var units = _options.EffectiveUnitIds.ToDictionary(id => id, IModbusUnit (_) => unit);
        var serverOptions = new ModbusTcpServerOptions { BindAddress = IPAddress.Parse(_options.BindAddress), Port = _options.Port };
        var server = new ModbusTcpServer(serverOptions, units, loggers.CreateLogger<ModbusTcpServer>(), time);
        var unitList = string.Join(", ", units.Keys);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                server.Start();
                _server = server;
                GatewayEndPoint = server.LocalEndPoint;
                status.Set($"gateway on {GatewayEndPoint}, units {unitList} and broadcast", null);
                return;
            }
            catch (SocketException ex)
            {
                // Another process holds the port (often a previous instance still shutting down): keep trying.
                var problem = $"cannot listen on {_options.BindAddress}:{_options.Port}: {ex.Message}; retrying every {BindRetryDelay.TotalSeconds:0} s";
                status.Set($"gateway on {_options.BindAddress}:{_options.Port}", problem);
                LogBindFailed(_options.BindAddress, _options.Port, ex.Message);
            }

            try
            {
                await Task.Delay(BindRetryDelay, time, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                await server.DisposeAsync().ConfigureAwait(false);
                return;
            }
        }
    }

    private async Task PollAsync(CancellationToken stoppingToken)
    {
        var poller = services.GetRequiredService<HeatingBusPoller>();
        var target = $"client of {_options.Host}:{_options.Port} unit {_options.EffectiveUnitIds[0]}";
        using var timer = new PeriodicTimer(_options.PollInterval, time);
        do
        {
            try
            {
                var blocks = await poller.PollAsync(stoppingToken).ConfigureAwait(false);
                status.Set(target, blocks == 0 ? "the slave refused every block of registers" : null);
            }
            catch (ModbusException ex)
            {
                status.Set(target, ex.Message);
                LogPollFailed(ex.Message);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
        }
        while (await WaitAsync(timer, stoppingToken).ConfigureAwait(false));
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private async Task FlushAsync(CancellationToken cancellationToken)
    {
        var changes = bank.TakeChanges();
        if (changes.Count == 0)
        {
            return;
        }

        try
        {
            await store.SaveAsync(changes, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Keep them for the next flush: the database may be back by then.
            bank.ReturnChanges(changes);
            LogFlushFailed(ex, changes.Count);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Heating: loaded {Count} registers from the database")]
    private partial void LogLoaded(int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Heating gateway cannot listen on {BindAddress}:{Port}: {Reason}; retrying")]
    private partial void LogBindFailed(string bindAddress, int port, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Heating bus poll failed: {Reason}")]
    private partial void LogPollFailed(string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Heating: saving {Count} registers failed; kept for the next attempt")]
    private partial void LogFlushFailed(Exception exception, int count);

    [LoggerMessage(Level = LogLevel.Critical, Message = "Heating: {Count} registers could not be saved at shutdown")]
    private partial void LogUnsavedAtShutdown(int count);
}
