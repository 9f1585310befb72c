using HmiApp.Domain.Heating;
using Microsoft.Extensions.Options;

namespace HmiApp.Infrastructure.Heating;

/// <summary>The heating installation as the bank describes it now, and a signal when the bank changes.</summary>
public sealed class HeatingPlantReader(HeatingRegisterBank bank, IOptions<HeatingOptions> options)
{
    private readonly TimeSpan _staleAfter = options.Value.StaleAfter;

    public HeatingMode Mode { get; } = options.Value.ModeKind;

    public TimeSpan StaleAfter => _staleAfter;

    /// <summary>Raised from the writing thread after every change; coalesce before rendering.</summary>
    public event EventHandler? Changed
    {
        add => bank.Changed += value;
        remove => bank.Changed -= value;
    }

    public HeatingPlant Current() => HeatingPlant.From(bank.Snapshot(), _staleAfter);
}
