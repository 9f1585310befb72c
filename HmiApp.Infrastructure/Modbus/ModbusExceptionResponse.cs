namespace HmiApp.Infrastructure.Modbus;

/// <summary>The device answered the request with a Modbus exception response.</summary>
public sealed class ModbusExceptionResponse : ModbusException
{
    public ModbusExceptionResponse(ModbusFunctionCode function, byte unitId, ushort address, ModbusExceptionCode code)
        : base($"Unit {unitId} answered {function} (function {(byte)function}) at address {address} with exception {(byte)code} ({Describe(code)}).")
    {
        Function = function;
        UnitId = unitId;
        Address = address;
        Code = code;
    }

    public ModbusFunctionCode Function { get; }

    public byte UnitId { get; }

    public ushort Address { get; }

    public ModbusExceptionCode Code { get; }

    private static string Describe(ModbusExceptionCode code) => code switch
    {
        ModbusExceptionCode.IllegalFunction => "illegal function",
        ModbusExceptionCode.IllegalDataAddress => "illegal data address",
        ModbusExceptionCode.IllegalDataValue => "illegal data value",
        ModbusExceptionCode.ServerDeviceFailure => "server device failure",
        ModbusExceptionCode.Acknowledge => "acknowledge: accepted, still processing",
        ModbusExceptionCode.ServerDeviceBusy => "server device busy",
        ModbusExceptionCode.MemoryParityError => "memory parity error",
        ModbusExceptionCode.GatewayPathUnavailable => "gateway path unavailable",
        ModbusExceptionCode.GatewayTargetDeviceFailedToRespond => "gateway target device failed to respond",
        _ => "unknown exception code",
    };
}
