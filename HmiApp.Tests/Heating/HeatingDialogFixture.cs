using HmiApp.Domain.Audit;
using HmiApp.Domain.Heating;
using HmiApp.Infrastructure.Heating;
using HmiApp.Tests.Access;

namespace HmiApp.Tests.Heating;

/// <summary>
/// What the zone write dialogs' tests share: the app (users, policies, audit trail), a register bank playing the
/// gateway with zone 1-2 at 20 °C, and a component renderer whose heating control writes to that bank.
/// </summary>
public sealed class HeatingDialogFixture : IAsyncDisposable
{
    public static readonly ZoneId Zone = new(1, 2);

    private readonly HeatingRegisterBank bank = new(TimeProvider.System, TimeSpan.FromSeconds(30));

    public HeatingDialogFixture() =>
        bank.Write(Zone.Address(ZoneRegister.State), [(ushort)OperatingState.Normal, HeatingTemperature.Encode(20)]);

    public HmiAppFactory App { get; } = new();

    public IAuditTrail Audit => App.Services.GetRequiredService<IAuditTrail>();

    public ComponentRenderer Renderer(CircuitSession user)
    {
        var control = new HeatingControl(bank, new GatewayRegisterWriter(bank), [new AuditingHeatingWriteObserver(Audit)], HeatingLimits.Default, TimeProvider.System);
        return new ComponentRenderer(services => services.AddSingleton(control).AddSingleton(user.Writers).AddSingleton(Audit)
            .AddSingleton(new HeatingPlantReader(bank, Microsoft.Extensions.Options.Options.Create(new HeatingOptions { Mode = "Gateway" }))));
    }

    /// <summary>The zone as a screen last read it, with the given setpoint.</summary>
    public static HeatingZone ZoneAt(double setpoint) =>
        new(Zone, OperatingState.Normal, setpoint, 19.5, 45, Freshness.Of(DateTimeOffset.UtcNow, DateTimeOffset.UtcNow, TimeSpan.FromSeconds(30)));

    /// <summary>The setpoint in the gateway's register now.</summary>
    public double? Setpoint() => HeatingTemperature.Decode(bank.Read(Zone.Address(ZoneRegister.Setpoint)));

    public ValueTask DisposeAsync() => App.DisposeAsync();
}
