namespace HmiApp.Infrastructure.Wells;

/// <summary>One stored binding: a well's field (a reading field or a command, by name) and the point that carries it.</summary>
public sealed class WellPointBindingRecord
{
    public required string WellId { get; set; }

    public required string Field { get; set; }

    public required string Device { get; set; }

    public required string Point { get; set; }
}
