namespace HmiApp.Infrastructure.Wells;

/// <summary>A well's stored VSD frequency limits; a well without a row has the defaults of its rated frequency.</summary>
public sealed class WellFrequencyLimitsRecord
{
    public required string WellId { get; set; }

    public double MinHz { get; set; }

    public double MaxHz { get; set; }
}
