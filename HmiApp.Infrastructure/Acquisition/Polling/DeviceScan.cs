using HmiApp.Domain.Acquisition;
using HmiApp.Domain.Modbus;

namespace HmiApp.Infrastructure.Acquisition.Polling;

/// <summary>The reads one poll job makes: one device, one scan class, its points planned into coalesced requests.</summary>
public sealed record DeviceScan(DeviceRuntime Runtime, ScanClass ScanClass, IReadOnlyList<PlannedRead<ScanPoint>> Reads)
{
    public IEnumerable<ScanPoint> Points => Reads.SelectMany(r => r.Points).Select(p => p.Point);
}
