namespace HmiApp.Infrastructure.Modbus;

/// <summary>What <see cref="ModbusTcpServer"/> does with a request for a unit id it does not serve.</summary>
public enum UnknownUnitResponse
{
    /// <summary>Stay silent, as a serial device that is not addressed would; the client times out.</summary>
    NoResponse,

    /// <summary>Answer exception 0x0B, as a gateway whose target did not answer.</summary>
    GatewayTargetFailedToRespond,
}
