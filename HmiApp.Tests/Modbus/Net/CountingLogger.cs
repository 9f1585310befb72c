using Microsoft.Extensions.Logging;

namespace HmiApp.Tests.Modbus.Net;

/// <summary>Counts log entries per level, and keeps the errors, so tests can prove nothing unexpected was logged.</summary>
public sealed class CountingLogger<T> : ILogger<T>
{
    private readonly int[] _counts = new int[7];
    private readonly List<string> _errors = [];

    public int Count(LogLevel level) => Volatile.Read(ref _counts[(int)level]);

    public IReadOnlyList<string> Errors
    {
        get
        {
            lock (_errors)
            {
                return [.. _errors];
            }
        }
    }

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        Interlocked.Increment(ref _counts[(int)logLevel]);
        if (logLevel >= LogLevel.Error)
        {
            lock (_errors)
            {
                _errors.Add($"{formatter(state, exception)} {exception}");
            }
        }
    }
}
