namespace HmiApp.Tests.Diagnostics.CaseLibrary;

/// <summary>A labelled kind of window in the case library; sensor faults and startups are not well faults.</summary>
internal enum SignatureFamily
{
    Normal,
    GasInterference,
    GasLock,
    PumpOff,
    BrokenShaft,
    ClosedValve,
    TubingLeak,
    Scale,
    Overheating,
    HighVibration,
    Overload,
    SensorSpikes,
    SensorDropout,
    SensorStuck,
    Startup,
}
