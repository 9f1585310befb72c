namespace HmiApp.Infrastructure.Heating;

/// <summary>Configuration section <c>Heating</c>; checked at start-up by <see cref="HeatingOptionsValidator"/>.</summary>
public sealed class HeatingOptions
{
    public const string SectionName = "Heating";

    /// <summary>Gateway, Client or Disabled; a string so that a typo is reported by name rather than failing the binder.</summary>
    public string Mode { get; set; } = nameof(HeatingMode.Gateway);

    /// <summary>Gateway: the address to listen on (the converter connects to it).</summary>
    public string BindAddress { get; set; } = "0.0.0.0";

    /// <summary>Client: the converter's (or slave's) host name or address.</summary>
    public string Host { get; set; } = string.Empty;

    /// <summary>Gateway: the port to listen on. Client: the port to connect to.</summary>
    public int Port { get; set; } = 5020;

    /// <summary>Gateway: the unit ids answered (broadcasts on 0 are accepted too). Client: the first is polled.</summary>
    public int[] UnitIds { get; set; } = [];

    /// <summary>A bus write of a command register this soon after an HMI write of it is ignored as a stale echo.</summary>
    public TimeSpan CommandProtection { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Bus data not written for this long is shown as stale.</summary>
    public TimeSpan StaleAfter { get; set; } = TimeSpan.FromSeconds(180);

    /// <summary>How long changed registers may wait before they are written to the database (the crash window).</summary>
    public TimeSpan FlushInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Client: time between two polls of the registers.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Client: how long one request may take before it counts as failed.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(2);

    public HeatingMode ModeKind => Enum.TryParse<HeatingMode>(Mode, ignoreCase: true, out var mode) ? mode : HeatingMode.Disabled;

    /// <summary>The unit ids in effect: the configured ones, or Rehau's 240 and 241.</summary>
    public IReadOnlyList<byte> EffectiveUnitIds => UnitIds.Length == 0 ? [240, 241] : UnitIds.Select(id => (byte)id).ToArray();
}
