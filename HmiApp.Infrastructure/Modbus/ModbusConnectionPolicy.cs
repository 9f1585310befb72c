namespace HmiApp.Infrastructure.Modbus;

/// <summary>
/// How one device wants to be talked to. Requests on one <see cref="ModbusTcpClient"/> are always serialised;
/// a device that accepts a single connection only must be shared through one client.
/// </summary>
public sealed record ModbusConnectionPolicy
{
    public static ModbusConnectionPolicy Default { get; } = new();

    public ModbusConnectionMode Mode { get; init; } = ModbusConnectionMode.Persistent;

    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(3);

    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Quiet time between the end of one exchange and the next request (slow gateways).</summary>
    public TimeSpan PauseBetweenRequests { get; init; } = TimeSpan.Zero;

    /// <summary>Quiet time after a connect before the first request (devices that need to settle).</summary>
    public TimeSpan PauseAfterConnect { get; init; } = TimeSpan.Zero;

    /// <summary>Some devices always answer with transaction id 0; then responses cannot be matched by id.</summary>
    public bool DeviceAnswersTransactionIdZero { get; init; }

    public TimeSpan ReconnectDelayMin { get; init; } = TimeSpan.FromMilliseconds(100);

    public TimeSpan ReconnectDelayMax { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Fraction (0-1) by which each backoff delay is randomly shortened or lengthened.</summary>
    public double ReconnectJitter { get; init; } = 0.2;

    public int MaxReadBits { get; init; } = ModbusLimits.MaxReadBits;

    public int MaxReadRegisters { get; init; } = ModbusLimits.MaxReadRegisters;

    public int MaxWriteBits { get; init; } = ModbusLimits.MaxWriteBits;

    public int MaxWriteRegisters { get; init; } = ModbusLimits.MaxWriteRegisters;

    /// <summary>Throws <see cref="ArgumentException"/> naming the first field that is out of range.</summary>
    public void Validate()
    {
        Positive(ConnectTimeout, nameof(ConnectTimeout));
        Positive(RequestTimeout, nameof(RequestTimeout));
        NotNegative(PauseBetweenRequests, nameof(PauseBetweenRequests));
        NotNegative(PauseAfterConnect, nameof(PauseAfterConnect));
        Positive(ReconnectDelayMin, nameof(ReconnectDelayMin));
        if (ReconnectDelayMax < ReconnectDelayMin)
        {
            throw new ArgumentException(
                $"{nameof(ReconnectDelayMax)} ({ReconnectDelayMax}) must not be shorter than {nameof(ReconnectDelayMin)} ({ReconnectDelayMin}).",
                nameof(ReconnectDelayMax));
        }

        if (double.IsNaN(ReconnectJitter) || ReconnectJitter < 0 || ReconnectJitter > 1)
        {
            throw new ArgumentException($"{nameof(ReconnectJitter)} must be between 0 and 1, was {ReconnectJitter}.", nameof(ReconnectJitter));
        }

        InRange(MaxReadBits, ModbusLimits.MaxReadBits, nameof(MaxReadBits));
        InRange(MaxReadRegisters, ModbusLimits.MaxReadRegisters, nameof(MaxReadRegisters));
        InRange(MaxWriteBits, ModbusLimits.MaxWriteBits, nameof(MaxWriteBits));
        InRange(MaxWriteRegisters, ModbusLimits.MaxWriteRegisters, nameof(MaxWriteRegisters));
    }

    private static void Positive(TimeSpan value, string name)
    {
        if (value <= TimeSpan.Zero)
        {
            throw new ArgumentException($"{name} must be positive, was {value}.", name);
        }
    }

    private static void NotNegative(TimeSpan value, string name)
    {
        if (value < TimeSpan.Zero)
        {
            throw new ArgumentException($"{name} must not be negative, was {value}.", name);
        }
    }

    private static void InRange(int value, int protocolMaximum, string name)
    {
        if (value < 1 || value > protocolMaximum)
        {
            throw new ArgumentException($"{name} must be between 1 and the protocol maximum {protocolMaximum}, was {value}.", name);
        }
    }
}
