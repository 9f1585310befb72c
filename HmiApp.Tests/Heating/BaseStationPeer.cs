using System.Globalization;
using HmiApp.Tests.Modbus.Net.Peers;
using HmiApp.Tests.TestSupport;

namespace HmiApp.Tests.Heating;

/// <summary>
/// The base station, played by pymodbus 3.0's client (Peers/base_station.py) with its own DPT 9.001 codec:
/// it writes into the HMI's gateway and reads from it as the real one polls it.
/// </summary>
public sealed class BaseStationPeer : IDisposable
{
    private readonly PeerProcess _process;

    private BaseStationPeer(PeerProcess process) => _process = process;

    public static async Task<BaseStationPeer> ConnectAsync(int port)
    {
        var script = Path.Combine(RepositoryPaths.Root, "HmiApp.Tests", "Heating", "Peers", "base_station.py");
        var process = PeerProcess.Start(PeerTools.SystemPython, script, port.ToString(CultureInfo.InvariantCulture));
        var line = await process.ReadLineAsync(TimeSpan.FromSeconds(20));
        if (line != "ready")
        {
            process.Dispose();
            throw new InvalidOperationException($"base_station.py printed '{line}' instead of 'ready'. stderr: {process.StandardError}");
        }

        return new BaseStationPeer(process);
    }

    /// <summary>Writes <paramref name="celsius"/> encoded by the peer's codec; returns the raw value it sent.</summary>
    public async Task<ushort> WriteTemperatureAsync(byte unit, ushort address, double celsius) =>
        (ushort)(await _process.GetValuesAsync(FormattableString.Invariant($"writetemp {unit} {address} {celsius}")))[0];

    public Task WriteAsync(byte unit, ushort address, params int[] values) =>
        _process.GetValuesAsync(FormattableString.Invariant($"write {unit} {address} {string.Join(' ', values)}"));

    public Task BroadcastAsync(ushort address, int value) =>
        _process.GetValuesAsync(FormattableString.Invariant($"broadcast {address} {value}"));

    public Task<int[]> ReadAsync(byte unit, ushort address, int count) =>
        _process.GetValuesAsync(FormattableString.Invariant($"read {unit} {address} {count}"));

    /// <summary>The register decoded by the peer's codec, or null for a "no value" pattern.</summary>
    public async Task<double?> ReadTemperatureAsync(byte unit, ushort address)
    {
        var values = await _process.GetValuesAsync(FormattableString.Invariant($"readtemp {unit} {address}"));
        return values[1] == -999999 ? null : values[1] / 100.0;
    }

    public void Dispose() => _process.Dispose();
}
