using HmiApp.Domain.Heating;
using HmiApp.Infrastructure.Modbus;

namespace HmiApp.Infrastructure.Heating;

/// <summary>
/// The gateway's holding registers. The base station writes through <see cref="Write"/> (the Modbus server calls
/// it); the HMI writes through <see cref="WriteFromHmi"/>. A bus write of a command register within
/// <c>commandProtection</c> of an HMI write of it is ignored: the base station echoes what it had before it read
/// the new value. Changed registers are remembered until <see cref="TakeChanges"/> hands them to the store.
/// </summary>
public sealed class HeatingRegisterBank : IRegisterBank
{
    private readonly ushort[] _values = new ushort[HeatingRegisterMap.BankSize];
    private readonly DateTimeOffset?[] _busWrittenAt = new DateTimeOffset?[HeatingRegisterMap.BankSize];
    private readonly DateTimeOffset?[] _hmiWrittenAt = new DateTimeOffset?[HeatingRegisterMap.BankSize];
    private readonly HashSet<ushort> _unsaved = [];
    private readonly Lock _lock = new();
    private readonly TimeProvider _time;
    private readonly TimeSpan _commandProtection;
    private long _ignoredEchoes;
    private long _version;

    public HeatingRegisterBank(TimeProvider time, TimeSpan commandProtection)
    {
        ArgumentNullException.ThrowIfNull(time);
        ArgumentOutOfRangeException.ThrowIfLessThan(commandProtection, TimeSpan.Zero);
        _time = time;
        _commandProtection = commandProtection;
    }

    /// <summary>Raised after every bus write, from the writing thread (the Modbus server's contract).</summary>
    public event EventHandler<ModbusBankWrittenEventArgs>? Written;

    /// <summary>Raised after any change, bus or HMI, from the writing thread; listeners must not block.</summary>
    public event EventHandler? Changed;

    public int Count => HeatingRegisterMap.BankSize;

    /// <summary>Counts every change of values or write times, so that a reader can tell whether its copy is current.</summary>
    public long Version => Interlocked.Read(ref _version);

    /// <summary>The bank's clock, which stamps writes and snapshots.</summary>
    internal DateTimeOffset Now => _time.GetUtcNow();

    /// <summary>Bus writes of command registers ignored because the HMI wrote them moments before.</summary>
    public long IgnoredEchoes => Interlocked.Read(ref _ignoredEchoes);

    /// <summary>Registers changed and not yet handed to the store.</summary>
    public int UnsavedCount
    {
        get
        {
            lock (_lock)
            {
                return _unsaved.Count;
            }
        }
    }

    public void Read(ushort start, Span<ushort> destination)
    {
        CheckRange(start, destination.Length);
        lock (_lock)
        {
            _values.AsSpan(start, destination.Length).CopyTo(destination);
        }
    }

    public ushort Read(ushort address)
    {
        Span<ushort> value = stackalloc ushort[1];
        Read(address, value);
        return value[0];
    }

    /// <summary>A write by the base station (or, in client mode, values polled from the bus).</summary>
    public void Write(ushort start, ReadOnlySpan<ushort> values)
    {
        CheckRange(start, values.Length);
        var now = _time.GetUtcNow();
        lock (_lock)
        {
            for (var i = 0; i < values.Length; i++)
            {
                var address = (ushort)(start + i);
                if (HeatingRegisterMap.IsCommandRegister(address)
                    && _hmiWrittenAt[address] is { } hmiWrite
                    && now - hmiWrite < _commandProtection)
                {
                    if (_values[address] != values[i])
                    {
                        Interlocked.Increment(ref _ignoredEchoes);
                    }

                    continue;
                }

                _values[address] = values[i];
                _busWrittenAt[address] = now;
                _unsaved.Add(address);
            }

            Interlocked.Increment(ref _version);
        }

        Written?.Invoke(this, new ModbusBankWrittenEventArgs(start, values.Length));
        Changed?.Invoke(this, EventArgs.Empty);
    }

    /// <summary>A command from the HMI; the caller has validated it against the domain's limits.</summary>
    public void WriteFromHmi(ushort address, ushort value)
    {
        CheckRange(address, 1);
        var now = _time.GetUtcNow();
        lock (_lock)
        {
            _values[address] = value;
            _hmiWrittenAt[address] = now;
            _unsaved.Add(address);
            Interlocked.Increment(ref _version);
        }

        Changed?.Invoke(this, EventArgs.Empty);
    }

    public HeatingRegisterSnapshot Snapshot()
    {
        var values = new ushort[HeatingRegisterMap.BankSize];
        var busWrittenAt = new DateTimeOffset?[HeatingRegisterMap.BankSize];
        lock (_lock)
        {
            _values.CopyTo(values, 0);
            _busWrittenAt.CopyTo(busWrittenAt, 0);
        }

        return new HeatingRegisterSnapshot(values, busWrittenAt, _time.GetUtcNow());
    }

    /// <summary>Fills the bank from the store at start-up; loaded registers count as saved.</summary>
    public void Load(IEnumerable<HeatingRegisterRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        lock (_lock)
        {
            foreach (var record in records)
            {
                if (record.Address < 0 || record.Address >= HeatingRegisterMap.BankSize)
                {
                    continue;
                }

                _values[record.Address] = (ushort)record.Value;
                _busWrittenAt[record.Address] = FromUnixMs(record.BusWrittenUnixMs);
                _hmiWrittenAt[record.Address] = FromUnixMs(record.HmiWrittenUnixMs);
            }

            Interlocked.Increment(ref _version);
        }

        Changed?.Invoke(this, EventArgs.Empty);
    }

    /// <summary>The registers changed since the last call, as they are now; <see cref="ReturnChanges"/> if saving them failed.</summary>
    public IReadOnlyList<HeatingRegisterRecord> TakeChanges()
    {
        lock (_lock)
        {
            var changes = _unsaved.Select(a => new HeatingRegisterRecord
            {
                Address = a,
                Value = _values[a],
                BusWrittenUnixMs = _busWrittenAt[a]?.ToUnixTimeMilliseconds(),
                HmiWrittenUnixMs = _hmiWrittenAt[a]?.ToUnixTimeMilliseconds(),
            }).ToList();
            _unsaved.Clear();
            return changes;
        }
    }

    public void ReturnChanges(IEnumerable<HeatingRegisterRecord> records)
    {
        lock (_lock)
        {
            foreach (var record in records)
            {
                _unsaved.Add((ushort)record.Address);
            }
        }
    }

    private static DateTimeOffset? FromUnixMs(long? ms) => ms is { } value ? DateTimeOffset.FromUnixTimeMilliseconds(value) : null;

    private static void CheckRange(ushort start, int count)
    {
        if (start + count > HeatingRegisterMap.BankSize)
        {
            throw new ArgumentOutOfRangeException(nameof(start), start, $"Registers {start}..{start + count - 1} run past the gateway's {HeatingRegisterMap.BankSize} registers.");
        }
    }
}
