using HmiApp.Domain.Heating;
using HmiApp.Infrastructure.Heating;

namespace HmiApp.Tests.Heating;

public sealed class HeatingControlTests
{
    private readonly ManualTime _time = new(new DateTimeOffset(2026, 11, 22, 8, 0, 0, TimeSpan.Zero));
    private readonly HeatingRegisterBank _bank;
    private readonly RecordingObserver _observer = new();
    private readonly ZoneId _zone = new(1, 2);

    public HeatingControlTests()
    {
        _bank = new HeatingRegisterBank(_time, TimeSpan.FromSeconds(30));
        _bank.Write(_zone.Address(ZoneRegister.Setpoint), [HeatingTemperature.Encode(20)]);
    }

    [Fact]
    public async Task A_setpoint_within_limits_is_written_read_back_and_told_with_old_and_new()
    {
        var control = Control(new GatewayRegisterWriter(_bank));

        var result = await control.WriteAsync(new ZoneSetpointCommand(_zone, 22.5), "operator 7", CancellationToken.None);

        Assert.True(result.Succeeded);
        Assert.Equal(22.5, HeatingTemperature.Decode(_bank.Read(_zone.Address(ZoneRegister.Setpoint))));
        var told = Assert.Single(_observer.Events);
        Assert.Equal(new HeatingWriteEvent(_time.GetUtcNow(), "operator 7", "base 1 zone 2", "setpoint", 201, "20.0 °C", "22.5 °C", "22.5 °C", HeatingWriteOutcome.Written, null), told);
    }

    [Fact]
    public async Task A_setpoint_out_of_limits_never_reaches_the_register_and_is_told_as_rejected()
    {
        var control = Control(new GatewayRegisterWriter(_bank));

        var result = await control.WriteAsync(new ZoneSetpointCommand(_zone, 35), "operator 7", CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Equal("setpoint", result.ValidationError!.Field);
        Assert.Equal(20, HeatingTemperature.Decode(_bank.Read(_zone.Address(ZoneRegister.Setpoint))));
        var told = Assert.Single(_observer.Events);
        Assert.Equal(HeatingWriteOutcome.Rejected, told.Outcome);
        Assert.Equal("35 °C", told.New);
        Assert.Contains("out of range", told.Detail);
    }

    [Fact]
    public async Task A_write_that_cannot_reach_the_bus_is_told_as_failed_with_the_reason()
    {
        var control = Control(new DisabledRegisterWriter());

        var result = await control.WriteAsync(new OperatingModeCommand(OperatingMode.Cooling), "operator 7", CancellationToken.None);

        Assert.Equal(HeatingWriteOutcome.Failed, result.Event.Outcome);
        Assert.Contains("Heating:Mode is Disabled", result.Event.Detail);
        Assert.Equal(HeatingWriteOutcome.Failed, Assert.Single(_observer.Events).Outcome);
    }

    [Fact]
    public async Task A_register_that_reads_back_otherwise_is_reported_with_both_values()
    {
        var control = Control(new ForgetfulWriter());

        var result = await control.WriteAsync(new ZoneStateCommand(_zone, OperatingState.Party), "operator 7", CancellationToken.None);

        Assert.Equal(HeatingWriteOutcome.ReadBackMismatch, result.Event.Outcome);
        Assert.Equal("Normal", result.Event.ReadBack);
        Assert.Contains("instead of 0x0005 (Party)", result.Event.Detail);
    }

    private HeatingControl Control(IHeatingRegisterWriter writer) => new(_bank, writer, [_observer], HeatingLimits.Default, _time);

    private sealed class RecordingObserver : IHeatingWriteObserver
    {
        public List<HeatingWriteEvent> Events { get; } = [];

        public Task OnWriteAsync(HeatingWriteEvent write, CancellationToken cancellationToken)
        {
            Events.Add(write);
            return Task.CompletedTask;
        }
    }

    /// <summary>A slave that acknowledges a write but keeps its old value (as a base station overriding the HMI would).</summary>
    private sealed class ForgetfulWriter : IHeatingRegisterWriter
    {
        public Task WriteAsync(ushort address, ushort value, CancellationToken cancellationToken) => Task.CompletedTask;

        public Task<ushort> ReadBackAsync(ushort address, CancellationToken cancellationToken) => Task.FromResult((ushort)OperatingState.Normal);
    }
}
