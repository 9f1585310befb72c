namespace HmiApp.Infrastructure.Acquisition.Storage;

public sealed class ScanClassEntity
{
    public int Id { get; set; }

    public required string Name { get; set; }

    public long PeriodMs { get; set; }

    public long JitterMs { get; set; }
}
