namespace HmiApp.Infrastructure.Alarms;

/// <summary>
/// Alarm definitions as exchanged in YAML or JSON beside the point map: points by name, delays in
/// seconds, priority 1 (urgent) to 4 (low).
/// </summary>
public sealed class AlarmDefinitionDocument
{
    public List<Item> Alarms { get; set; } = [];

    public sealed class Item
    {
        public string Name { get; set; } = "";

        public string Kind { get; set; } = "";

        public string? Point { get; set; }

        public string? Device { get; set; }

        public double? Limit { get; set; }

        public double Deadband { get; set; }

        public string? Setpoint { get; set; }

        public string? Comparison { get; set; }

        public double? Value { get; set; }

        public int Priority { get; set; } = 3;

        public string Message { get; set; } = "";

        public double OnDelaySeconds { get; set; }

        public double OffDelaySeconds { get; set; }

        public Suppression? SuppressWhen { get; set; }

        public Tags? Tags { get; set; }
    }

    public sealed class Suppression
    {
        public string Point { get; set; } = "";

        public string Comparison { get; set; } = "Equal";

        public double Value { get; set; }
    }

    public sealed class Tags
    {
        public string? Area { get; set; }

        public string? Device { get; set; }

        public string? Well { get; set; }

        public string? Zone { get; set; }
    }
}
