using System.Net.Sockets;
using HmiApp.Domain.Acquisition;
using HmiApp.Domain.Modbus;
using HmiApp.Infrastructure.Acquisition.Polling;
using HmiApp.Infrastructure.Modbus;

namespace HmiApp.Infrastructure.Acquisition.Writing;

/// <summary>
/// Writes one value to one point of the applied map: checks the point is writable and the value within the
/// point's write limits, encodes it with the domain codec (whose refusals say why), writes through the
/// device's own polling client (so a device that takes one connection is not asked for a second), reads the
/// register back and compares. The device's poll gate is held throughout so that no poll interleaves.
/// Control code only: advisory features (diagnostics, alarms) must never be given this service.
/// </summary>
public sealed class PointWriter(AcquisitionEngine engine)
{
    public async Task<PointWriteOutcome> WriteAsync(PointKey key, PointValue value, CancellationToken cancellationToken)
    {
        var point = engine.Current.Map.Points.FirstOrDefault(p => PointKey.Comparer.Equals(p.Key, key));
        if (point is null)
        {
            return new(key, PointWriteStatus.UnknownPoint, value, null, $"point {key} is not in the applied point map");
        }

        if (!point.Writable || !point.Table.IsWritable())
        {
            return new(point.Key, PointWriteStatus.NotWritable, value, null, $"point {point.Key} is read-only ({point.Table}{(point.Writable ? "" : ", not marked writable")})");
        }

        if (LimitRefusal(point, value) is { } refusal)
        {
            return new(point.Key, PointWriteStatus.Refused, value, null, refusal);
        }

        var runtime = engine.Scans.Select(s => s.Runtime).FirstOrDefault(r => string.Equals(r.Device.Name, point.Device, StringComparison.OrdinalIgnoreCase));
        if (runtime is null || !runtime.Device.Enabled)
        {
            return new(point.Key, PointWriteStatus.DeviceUnavailable, value, null, $"device {point.Device} is {(runtime is null ? "not polled" : "disabled")}: nothing to write through");
        }

        await runtime.Gate.WaitAsync(cancellationToken);
        try
        {
            return point.Table.IsBitTable()
                ? await WriteCoilAsync(runtime, point, value, cancellationToken)
                : await WriteRegistersAsync(runtime, point, value, cancellationToken);
        }
        catch (Exception ex) when (ex is ModbusException or IOException or SocketException or TimeoutException)
        {
            return new(point.Key, PointWriteStatus.Failed, value, null, $"device {point.Device} ({runtime.Device.Endpoint}): {ex.Message}");
        }
        finally
        {
            runtime.Gate.Release();
        }
    }

    private static string? LimitRefusal(Point point, PointValue value)
    {
        if (value.Kind != PointValueKind.Number)
        {
            return null;
        }

        var units = point.Units.Length > 0 ? " " + point.Units : "";
        if (point.WriteMin is { } min && value.Number < min)
        {
            return $"{Number(value.Number)}{units} is below the write limit {Number(min)}{units} of point {point.Key}";
        }

        if (point.WriteMax is { } max && value.Number > max)
        {
            return $"{Number(value.Number)}{units} is above the write limit {Number(max)}{units} of point {point.Key}";
        }

        return null;
    }

    private static async Task<PointWriteOutcome> WriteRegistersAsync(DeviceRuntime runtime, Point point, PointValue value, CancellationToken cancellationToken)
    {
        var unit = runtime.Device.UnitId;
        var address = (ushort)point.Address;
        var words = new ushort[point.Encoding.RegisterCount];
        if (point.Encoding.OccupiesPartOfRegister)
        {
            // The point shares its register: the bits it does not own are kept as the device holds them now.
            await runtime.Client.ReadHoldingRegistersAsync(unit, address, words, cancellationToken);
        }

        if (!PointCodec.TryEncode(value, point.Encoding, words, out var error))
        {
            return new(point.Key, PointWriteStatus.Refused, value, null, error!);
        }

        foreach (var chunk in WritePlanner.Split(point.Table, point.Address, words.Length, ModbusDeviceLimits.Spec))
        {
            var slice = words.AsMemory(chunk.SourceOffset, chunk.Count);
            if (chunk.Count == 1)
            {
                await runtime.Client.WriteSingleRegisterAsync(unit, (ushort)chunk.Address, slice.Span[0], cancellationToken);
            }
            else
            {
                await runtime.Client.WriteMultipleRegistersAsync(unit, (ushort)chunk.Address, slice, cancellationToken);
            }
        }

        var back = new ushort[words.Length];
        await runtime.Client.ReadHoldingRegistersAsync(unit, address, back, cancellationToken);
        // Compared as decoded values: what the encoding can hold (a float's nearest value) against what the device holds.
        var sent = PointCodec.Decode(words, point.Encoding);
        var held = PointCodec.Decode(back, point.Encoding);
        return Compare(point, value, sent, held);
    }

    private static async Task<PointWriteOutcome> WriteCoilAsync(DeviceRuntime runtime, Point point, PointValue value, CancellationToken cancellationToken)
    {
        if (!PointCodec.TryEncodeBoolean(value, point.Encoding, out var state, out var error))
        {
            return new(point.Key, PointWriteStatus.Refused, value, null, error!);
        }

        var unit = runtime.Device.UnitId;
        await runtime.Client.WriteSingleCoilAsync(unit, (ushort)point.Address, state, cancellationToken);
        var back = new bool[1];
        await runtime.Client.ReadCoilsAsync(unit, (ushort)point.Address, back, cancellationToken);
        return Compare(point, value, PointCodec.DecodeBoolean(state, point.Encoding), PointCodec.DecodeBoolean(back[0], point.Encoding));
    }

    private static PointWriteOutcome Compare(Point point, PointValue requested, PointValue sent, PointValue held) =>
        sent.Equals(held)
            ? new(point.Key, PointWriteStatus.Written, requested, held, $"written {sent}, read back {held}")
            : new(point.Key, PointWriteStatus.ReadBackMismatch, requested, held, $"wrote {sent} but device {point.Device} holds {held} when read back");

    private static string Number(double value) => value.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture);
}
