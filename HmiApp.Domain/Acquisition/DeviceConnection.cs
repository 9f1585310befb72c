namespace HmiApp.Domain.Acquisition;

/// <summary>How a device wants to be talked to: the point map's view of the Modbus connection policy.</summary>
public sealed record DeviceConnection
{
    public static DeviceConnection Default { get; } = new();

    public DeviceConnectionMode Mode { get; init; } = DeviceConnectionMode.Persistent;

    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(3);

    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(1);

    public TimeSpan PauseBetweenRequests { get; init; } = TimeSpan.Zero;

    public TimeSpan PauseAfterConnect { get; init; } = TimeSpan.Zero;

    /// <summary>Lower than 125 for gateways that refuse long FC3/FC4 reads.</summary>
    public int MaxReadRegisters { get; init; } = 125;

    /// <summary>Lower than 2000 for devices that refuse long FC1/FC2 reads.</summary>
    public int MaxReadBits { get; init; } = 2000;

    /// <summary>The device answers every request with transaction id 0.</summary>
    public bool AnswersTransactionIdZero { get; init; }
}
