namespace HmiApp.Infrastructure.Acquisition.Storage;

public sealed class DeviceEntity
{
    public int Id { get; set; }

    public required string Name { get; set; }

    public required string Host { get; set; }

    public int Port { get; set; }

    public int UnitId { get; set; }

    public required string ScanClass { get; set; }

    public bool Enabled { get; set; }

    public required string Mode { get; set; }

    public long ConnectTimeoutMs { get; set; }

    public long RequestTimeoutMs { get; set; }

    public long PauseBetweenRequestsMs { get; set; }

    public long PauseAfterConnectMs { get; set; }

    public int MaxReadRegisters { get; set; }

    public int MaxReadBits { get; set; }

    public bool TransactionIdZero { get; set; }

    public string Protocol { get; set; } = "Modbus";

    public bool Tls { get; set; }

    public string Username { get; set; } = "";

    public string PasswordVariable { get; set; } = "";
}
