using System.Globalization;
using HmiApp.Domain.Acquisition;
using HmiApp.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HmiApp.Infrastructure.Acquisition.Storage;

/// <summary>
/// Loads and replaces the stored point map. A replacement is one transaction: rows are updated in place (point ids
/// survive), added and removed, and the change is recorded with who applied it and what it did.
/// </summary>
public sealed class PointMapRepository(IServiceScopeFactory scopes, TimeProvider time)
{
    public async Task<StoredPointMap> LoadAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HmiDbContext>();
        var scanClasses = await db.ScanClasses.AsNoTracking().OrderBy(s => s.Id).ToListAsync(cancellationToken);
        var devices = await db.Devices.AsNoTracking().OrderBy(d => d.Id).ToListAsync(cancellationToken);
        var points = await db.Points.AsNoTracking().OrderBy(p => p.Id).ToListAsync(cancellationToken);

        var records = new List<PointMapRecord>();
        records.AddRange(scanClasses.Select(s => Record(PointMapRecordKind.ScanClass, s.Id, [new("name", s.Name), new("periodMs", Text(s.PeriodMs)), new("jitterMs", Text(s.JitterMs))])));
        records.AddRange(devices.Select(d => Record(PointMapRecordKind.Device, d.Id,
        [
            new("name", d.Name), new("host", d.Host), new("port", Text(d.Port)), new("unitId", Text(d.UnitId)), new("scanClass", d.ScanClass),
            new("enabled", d.Enabled ? "true" : "false"), new("mode", d.Mode), new("connectTimeoutMs", Text(d.ConnectTimeoutMs)),
            new("requestTimeoutMs", Text(d.RequestTimeoutMs)), new("pauseBetweenRequestsMs", Text(d.PauseBetweenRequestsMs)),
            new("pauseAfterConnectMs", Text(d.PauseAfterConnectMs)), new("maxReadRegisters", Text(d.MaxReadRegisters)),
            new("maxReadBits", Text(d.MaxReadBits)), new("transactionIdZero", d.TransactionIdZero ? "true" : "false"),
            new("protocol", d.Protocol), new("tls", d.Tls ? "true" : ""), new("username", d.Username), new("passwordVariable", d.PasswordVariable),
        ])));
        records.AddRange(points.Select(p => Record(PointMapRecordKind.Point, (int)p.Id,
        [
            new("device", p.Device), new("name", p.Name), new("description", p.Description), new("table", p.Table), new("address", p.Topic is null ? Text(p.Address) : null),
            new("dataType", p.DataType), new("byteOrder", p.Topic is null ? p.ByteOrder : null), new("length", Text(p.Length)), new("bit", Text(p.Bit)),
            new("scale", Text(p.Scale)), new("offset", Text(p.Offset)), new("units", p.Units), new("rangeLow", Text(p.RangeLow)),
            new("rangeHigh", Text(p.RangeHigh)), new("deadband", Text(p.Deadband)), new("writable", p.Writable ? "true" : "false"),
            new("writeMin", Text(p.WriteMin)), new("writeMax", Text(p.WriteMax)), new("scanClass", p.ScanClass), new("tags", p.Tags),
            new("topic", p.Topic), new("valuePath", p.ValuePath), new("timestampPath", p.TimestampPath),
        ])));

        var import = PointMapReader.Read(records);
        if (import.Map is null)
        {
            throw new InvalidOperationException(
                "The stored point map is not valid (row id in place of line): " + string.Join("; ", import.Issues));
        }

        var ids = points.ToDictionary(p => new PointKey(p.Device, p.Name), p => p.Id, PointKey.Comparer);
        return new StoredPointMap(import.Map, ids);
    }

    /// <summary>Replaces the stored map with <paramref name="next"/> in one transaction and records the change.</summary>
    public async Task<IReadOnlyList<PointMapChange>> ApplyAsync(PointMap next, string appliedBy, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(appliedBy);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HmiDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var current = await LoadAsync(cancellationToken);
        var changes = PointMapDiff.Compare(current.Map, next);

        var scanRows = await db.ScanClasses.ToListAsync(cancellationToken);
        Sync(db.ScanClasses, scanRows, next.ScanClasses, r => r.Name, s => s.Name, s => new ScanClassEntity { Name = s.Name }, (r, s) =>
        {
            r.Name = s.Name;
            r.PeriodMs = (long)s.Period.TotalMilliseconds;
            r.JitterMs = (long)s.StartJitter.TotalMilliseconds;
        });
        var deviceRows = await db.Devices.ToListAsync(cancellationToken);
        Sync(db.Devices, deviceRows, next.Devices, r => r.Name, d => d.Name, d => new DeviceEntity { Name = d.Name, Host = d.Host, ScanClass = d.ScanClass, Mode = "" }, (r, d) =>
        {
            r.Name = d.Name;
            r.Host = d.Host;
            r.Port = d.Port;
            r.UnitId = d.UnitId;
            r.ScanClass = d.ScanClass;
            r.Enabled = d.Enabled;
            r.Mode = d.Connection.Mode.ToString();
            r.ConnectTimeoutMs = (long)d.Connection.ConnectTimeout.TotalMilliseconds;
            r.RequestTimeoutMs = (long)d.Connection.RequestTimeout.TotalMilliseconds;
            r.PauseBetweenRequestsMs = (long)d.Connection.PauseBetweenRequests.TotalMilliseconds;
            r.PauseAfterConnectMs = (long)d.Connection.PauseAfterConnect.TotalMilliseconds;
            r.MaxReadRegisters = d.Connection.MaxReadRegisters;
            r.MaxReadBits = d.Connection.MaxReadBits;
            r.TransactionIdZero = d.Connection.AnswersTransactionIdZero;
            r.Protocol = d.Protocol.ToString();
            r.Tls = d.Mqtt.Tls;
            r.Username = d.Mqtt.Username;
            r.PasswordVariable = d.Mqtt.PasswordVariable;
        });
        var pointRows = await db.Points.ToListAsync(cancellationToken);
        Sync(db.Points, pointRows, next.Points, r => $"{r.Device}/{r.Name}", p => p.Key.ToString(), p => new PointEntity { Device = p.Device, Name = p.Name, Table = "", DataType = "", ByteOrder = "" }, (r, p) =>
        {
            r.Device = p.Device;
            r.Name = p.Name;
            r.Description = p.Description;
            r.Table = p.Mqtt is null ? p.Table.ToString() : "";
            r.Address = p.Address;
            r.DataType = p.Encoding.DataType.ToString();
            r.ByteOrder = p.Encoding.ByteOrder.ToString();
            r.Length = p.Encoding.StringRegisters;
            r.Bit = p.Encoding.BitIndex;
            r.Scale = p.Encoding.Scale;
            r.Offset = p.Encoding.Offset;
            r.Units = p.Units;
            r.RangeLow = p.RangeLow;
            r.RangeHigh = p.RangeHigh;
            r.Deadband = p.Deadband;
            r.Writable = p.Writable;
            r.WriteMin = p.WriteMin;
            r.WriteMax = p.WriteMax;
            r.ScanClass = p.ScanClass;
            r.Tags = p.Tags.ToString();
            r.Topic = p.Mqtt?.Topic;
            r.ValuePath = p.Mqtt?.Value.Text;
            r.TimestampPath = p.Mqtt?.Timestamp?.Text;
        });

        var counts = changes.GroupBy(c => c.Change).ToDictionary(g => g.Key, g => g.Count());
        db.PointMapChanges.Add(new PointMapChangeEntity
        {
            AppliedAt = time.GetUtcNow(),
            AppliedBy = appliedBy,
            Summary = $"{counts.GetValueOrDefault(PointMapChangeKind.Added)} added, {counts.GetValueOrDefault(PointMapChangeKind.Changed)} changed, {counts.GetValueOrDefault(PointMapChangeKind.Removed)} removed",
            Details = string.Join("\n", changes),
        });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return changes;
    }

    public async Task<IReadOnlyList<PointMapChangeEntity>> HistoryAsync(int take, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HmiDbContext>();
        var rows = await db.PointMapChanges.AsNoTracking().OrderByDescending(c => c.Id).Take(take).ToListAsync(cancellationToken);
        return rows;
    }

    private static void Sync<TRow, TItem>(
        DbSet<TRow> set,
        List<TRow> rows,
        IReadOnlyList<TItem> items,
        Func<TRow, string> rowKey,
        Func<TItem, string> itemKey,
        Func<TItem, TRow> create,
        Action<TRow, TItem> copy)
        where TRow : class
    {
        var byKey = rows.ToDictionary(rowKey, StringComparer.OrdinalIgnoreCase);
        var wanted = new HashSet<string>(items.Select(itemKey), StringComparer.OrdinalIgnoreCase);
        set.RemoveRange(rows.Where(r => !wanted.Contains(rowKey(r))));
        foreach (var item in items)
        {
            if (!byKey.TryGetValue(itemKey(item), out var row))
            {
                row = create(item);
                set.Add(row);
            }

            copy(row, item);
        }
    }

    private static PointMapRecord Record(PointMapRecordKind kind, int id, KeyValuePair<string, string?>[] fields)
    {
        var record = new PointMapRecord(kind, id);
        foreach (var (key, value) in fields)
        {
            record.Set(key, value, id);
        }

        return record;
    }

    private static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string? Text(double? value) => value?.ToString("R", CultureInfo.InvariantCulture);
}
