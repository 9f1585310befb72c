using HmiApp.Domain.Heating;
using Microsoft.Extensions.Options;

namespace HmiApp.Infrastructure.Heating;

/// <summary>
/// The heating installation as the bank describes it now, and a signal when the bank changes. Every open screen asks
/// after each burst of bus writes and every few seconds for the ages; a picture is a copy of the whole bank (about
/// 130 KB, on the large object heap), so screens share one picture while the bank is unchanged and the picture is
/// less than <see cref="SharedFor"/> old: its ages are then at most that much behind the clock.
/// </summary>
public sealed class HeatingPlantReader(HeatingRegisterBank bank, IOptions<HeatingOptions> options)
{
    public static readonly TimeSpan SharedFor = TimeSpan.FromSeconds(1);

    private readonly TimeSpan _staleAfter = options.Value.StaleAfter;
    private SharedPicture? _shared;

    public HeatingMode Mode { get; } = options.Value.ModeKind;

    public TimeSpan StaleAfter => _staleAfter;

    /// <summary>Raised from the writing thread after every change; coalesce before rendering.</summary>
    public event EventHandler? Changed
    {
        add => bank.Changed += value;
        remove => bank.Changed -= value;
    }

    public HeatingPlant Current()
    {
        // The version is read before the copy: a write in between makes the stored version older than the picture,
        // so the next caller copies again rather than keep a picture that misses the write.
        var version = bank.Version;
        var now = bank.Now;
        if (Volatile.Read(ref _shared) is { } shared && shared.Version == version
            && now >= shared.Plant.TakenAt && now - shared.Plant.TakenAt < SharedFor)
        {
            return shared.Plant;
        }

        var plant = HeatingPlant.From(bank.Snapshot(), _staleAfter);
        Volatile.Write(ref _shared, new SharedPicture(version, plant));
        return plant;
    }

    private sealed record SharedPicture(long Version, HeatingPlant Plant);
}
