using System.Text.Json;
using HmiApp.Domain.Wells;

namespace HmiApp.Infrastructure.Wells;

/// <summary>The stored form of a <see cref="TelemetryBaseline"/>: its period and one mean per signal, by signal name.</summary>
internal static class BaselineJson
{
    private sealed record Stored(DateTimeOffset From, DateTimeOffset To, Dictionary<string, double> Means);

    public static string Serialize(TelemetryBaseline baseline) => JsonSerializer.Serialize(new Stored(
        baseline.From,
        baseline.To,
        Enum.GetValues<TelemetrySignal>().ToDictionary(s => s.ToString(), baseline.MeanOf)));

    public static TelemetryBaseline Deserialize(string json)
    {
        var stored = JsonSerializer.Deserialize<Stored>(json) ?? throw new JsonException("baseline JSON is null");
        var means = stored.Means.ToDictionary(m => Enum.Parse<TelemetrySignal>(m.Key), m => m.Value);
        return new TelemetryBaseline(stored.From, stored.To, means);
    }
}
