using System.Net;

namespace HmiApp.Infrastructure.Modbus;

public sealed record ModbusTcpServerOptions
{
    public IPAddress BindAddress { get; init; } = IPAddress.Any;

    /// <summary>TCP port; 0 picks a free one (see <see cref="ModbusTcpServer.LocalEndPoint"/>).</summary>
    public int Port { get; init; } = 502;

    /// <summary>Connections beyond this number are accepted and closed at once.</summary>
    public int MaxConnections { get; init; } = 64;

    /// <summary>A connection on which no request starts within this time is closed.</summary>
    public TimeSpan IdleTimeout { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>A request frame begun but not completed within this time closes the connection (slow senders).</summary>
    public TimeSpan FrameTimeout { get; init; } = TimeSpan.FromSeconds(2);

    public UnknownUnitResponse UnknownUnit { get; init; } = UnknownUnitResponse.NoResponse;

    /// <summary>Throws <see cref="ArgumentException"/> naming the first field that is out of range.</summary>
    public void Validate()
    {
        if (BindAddress is null)
        {
            throw new ArgumentException($"{nameof(BindAddress)} must be set (use IPAddress.Any to listen on every interface).", nameof(BindAddress));
        }

        if (Port is < 0 or > 65535)
        {
            throw new ArgumentException($"{nameof(Port)} must be between 0 (any free port) and 65535, was {Port}.", nameof(Port));
        }

        if (MaxConnections < 1)
        {
            throw new ArgumentException($"{nameof(MaxConnections)} must be at least 1, was {MaxConnections}.", nameof(MaxConnections));
        }

        if (IdleTimeout <= TimeSpan.Zero)
        {
            throw new ArgumentException($"{nameof(IdleTimeout)} must be positive, was {IdleTimeout}.", nameof(IdleTimeout));
        }

        if (FrameTimeout <= TimeSpan.Zero)
        {
            throw new ArgumentException($"{nameof(FrameTimeout)} must be positive, was {FrameTimeout}.", nameof(FrameTimeout));
        }

        if (!Enum.IsDefined(UnknownUnit))
        {
            throw new ArgumentException($"{nameof(UnknownUnit)} has no meaning for value {(int)UnknownUnit}.", nameof(UnknownUnit));
        }
    }
}
