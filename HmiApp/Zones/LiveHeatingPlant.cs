using HmiApp.Domain.Heating;
using HmiApp.Infrastructure.Heating;

namespace HmiApp.Zones;

/// <summary>
/// A screen's live view of the heating installation: one refresh per burst of bus writes (a base station writes
/// dozens of registers per poll), and a redraw every few seconds so that ages grow and stale data turns grey even
/// while the bus is silent. With heating disabled nothing is subscribed.
/// </summary>
public sealed class LiveHeatingPlant : IDisposable
{
    public static readonly TimeSpan Coalescing = TimeSpan.FromMilliseconds(250);
    public static readonly TimeSpan AgeRedraw = TimeSpan.FromSeconds(5);

    private readonly HeatingPlantReader reader;
    private readonly CoalescedSignal? refresh;
    private readonly ITimer? ageTicker;

    /// <param name="changed">Called with the new picture, off the circuit's thread: wrap it in the component's InvokeAsync.</param>
    public LiveHeatingPlant(HeatingPlantReader reader, TimeProvider clock, Func<HeatingPlant, Task> changed)
    {
        this.reader = reader;
        if (reader.Mode == HeatingMode.Disabled)
        {
            return;
        }

        refresh = new CoalescedSignal(Coalescing, () => changed(reader.Current()), clock);
        reader.Changed += OnBankChanged;
        ageTicker = clock.CreateTimer(_ => refresh.Signal(), null, AgeRedraw, AgeRedraw);
    }

    public bool Enabled => reader.Mode != HeatingMode.Disabled;

    private void OnBankChanged(object? sender, EventArgs e) => refresh?.Signal();

    public void Dispose()
    {
        reader.Changed -= OnBankChanged;
        ageTicker?.Dispose();
        refresh?.Dispose();
    }
}
