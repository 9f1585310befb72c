using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;
using HmiApp.Domain.Acquisition;
using HmiApp.Domain.Modbus;
using HmiApp.Infrastructure.Modbus;
using Microsoft.Extensions.Logging;

namespace HmiApp.Infrastructure.Acquisition.Reading;

/// <summary>
/// Reads one point once, as defined now (possibly unsaved), on a connection of its own that is closed
/// afterwards, so that the polls of the applied map and their breaker are left alone. Used by "Read now" in the
/// point editor to prove a definition against the device before it is applied.
/// </summary>
public sealed class PointProbe(ILoggerFactory loggers, TimeProvider time)
{
    public async Task<PointProbeResult> ReadAsync(Device device, Point point, CancellationToken cancellationToken)
    {
        // One read on its own short-lived connection, whatever the device's mode, so the poll's connection is untouched.
        var policy = device.Connection.ToModbusPolicy() with { Mode = ModbusConnectionMode.ClosePerPoll };
        var started = Stopwatch.GetTimestamp();
        double Elapsed() => Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        await using var client = new ModbusTcpClient(device.Host, device.Port, policy, loggers.CreateLogger<ModbusTcpClient>(), time);
        var count = point.Encoding.RegisterCount;
        var where = $"{point.Table} {point.Address}..{point.Address + count - 1} of unit {device.UnitId} at {device.Endpoint}";
        ushort[] registers;
        try
        {
            if (point.Table.IsBitTable())
            {
                var bits = new bool[count];
                await client.ReadBitsAsync(point.Table, device.UnitId, (ushort)point.Address, bits, cancellationToken);
                return PointProbeResult.Read(PointCodec.DecodeBoolean(bits[0], point.Encoding), bits[0] ? "1" : "0", Elapsed());
            }

            registers = new ushort[count];
            await client.ReadRegistersAsync(point.Table, device.UnitId, (ushort)point.Address, registers, cancellationToken);
        }
        catch (ModbusExceptionResponse ex)
        {
            return PointProbeResult.Failed(FieldOf(ex.Code), $"exception code {(byte)ex.Code} ({ex.Code}) reading {where}: {ex.Message}", Elapsed());
        }
        catch (ModbusTimeoutException ex)
        {
            return PointProbeResult.Failed("requestTimeoutMs",
                $"timeout: no answer within {device.Connection.RequestTimeout.TotalMilliseconds:0} ms reading {where} (wrong unit id, or a slow device?): {ex.Message}", Elapsed());
        }
        catch (ModbusConnectionException ex)
        {
            return PointProbeResult.Failed("host", $"connection to {device.Endpoint} failed: {ex.Message}", Elapsed());
        }
        catch (SocketException ex)
        {
            return PointProbeResult.Failed("host", $"connection to {device.Endpoint} failed: {ex.SocketErrorCode}", Elapsed());
        }
        catch (Exception ex) when (ex is ModbusException or IOException)
        {
            return PointProbeResult.Failed("device", $"protocol error reading {where}: {ex.Message}", Elapsed());
        }

        var raw = string.Join(" ", registers.Select(r => "0x" + r.ToString("X4", CultureInfo.InvariantCulture)));
        try
        {
            var value = PointCodec.Decode(registers, point.Encoding);
            // A device's "invalid" pattern (e.g. KNX 0x7FFF) or a NaN/infinite float is read fine but is no value.
            return value.HasValue && (value.Kind != PointValueKind.Number || double.IsFinite(value.Number))
                ? PointProbeResult.Read(value, raw, Elapsed())
                : PointProbeResult.Failed("dataType", $"decode error: registers {raw} hold no valid {point.Encoding} value (decoded {value}).", Elapsed(), raw);
        }
        catch (ArgumentException ex)
        {
            return PointProbeResult.Failed("dataType", $"decode error: registers {raw} are not a valid {point.Encoding}: {ex.Message}", Elapsed(), raw);
        }
    }

    private static string FieldOf(ModbusExceptionCode code) => code switch
    {
        ModbusExceptionCode.IllegalFunction => "table",
        ModbusExceptionCode.GatewayPathUnavailable or ModbusExceptionCode.GatewayTargetDeviceFailedToRespond => "unitId",
        _ => "address",
    };
}
