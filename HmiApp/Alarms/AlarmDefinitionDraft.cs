using System.Globalization;
using HmiApp.Domain.Alarms;
using HmiApp.Infrastructure.Alarms;

namespace HmiApp.Alarms;

/// <summary>
/// An alarm definition as the engineer edits it on the definitions page: points by name (device/point)
/// or by id, delays in seconds, numbers as typed. <see cref="ToDefinition"/> turns it into a definition
/// or names every field that is wrong.
/// </summary>
public sealed class AlarmDefinitionDraft
{
    public string Name { get; set; } = "";

    public AlarmKind Kind { get; set; } = AlarmKind.High;

    /// <summary>The watched point: <c>device/point</c> as in the point map, or its numeric id.</summary>
    public string Point { get; set; } = "";

    public string Device { get; set; } = "";

    public double? Limit { get; set; }

    public double Deadband { get; set; }

    public string SetpointPoint { get; set; } = "";

    public AlarmComparison DiscreteComparison { get; set; } = AlarmComparison.Equal;

    public double? DiscreteValue { get; set; }

    public int Priority { get; set; } = (int)AlarmPriority.Medium;

    public string Message { get; set; } = "";

    public double OnDelaySeconds { get; set; }

    public double OffDelaySeconds { get; set; }

    public bool Suppressed { get; set; }

    public string SuppressionPoint { get; set; } = "";

    public AlarmComparison SuppressionComparison { get; set; } = AlarmComparison.Equal;

    public double? SuppressionValue { get; set; }

    public string Area { get; set; } = "";

    public string TagDevice { get; set; } = "";

    public string Well { get; set; } = "";

    public string Zone { get; set; } = "";

    public bool UsesPoint => Kind != AlarmKind.CommunicationLost;

    public bool UsesLimit => Kind is AlarmKind.High or AlarmKind.HighHigh or AlarmKind.Low or AlarmKind.LowLow or AlarmKind.Deviation or AlarmKind.RateOfChange;

    public static AlarmDefinitionDraft From(AlarmDefinition d, IAlarmPointNames? names) => new()
    {
        Name = d.Name,
        Kind = d.Kind,
        Point = d.Kind == AlarmKind.CommunicationLost ? "" : PointText(d.PointId, names),
        Device = d.DeviceId ?? "",
        Limit = d.Limit,
        Deadband = d.Deadband,
        SetpointPoint = d.SetpointPointId is { } setpoint ? PointText(setpoint, names) : "",
        DiscreteComparison = d.DiscreteComparison,
        DiscreteValue = d.DiscreteValue,
        Priority = (int)d.Priority,
        Message = d.Message,
        OnDelaySeconds = d.OnDelay.TotalSeconds,
        OffDelaySeconds = d.OffDelay.TotalSeconds,
        Suppressed = d.Suppression is not null,
        SuppressionPoint = d.Suppression is { } s ? PointText(s.PointId, names) : "",
        SuppressionComparison = d.Suppression?.Comparison ?? AlarmComparison.Equal,
        SuppressionValue = d.Suppression?.Value,
        Area = d.Tags.Area ?? "",
        TagDevice = d.Tags.Device ?? "",
        Well = d.Tags.Well ?? "",
        Zone = d.Tags.Zone ?? "",
    };

    /// <summary>A point as the engineer reads it: its point-map name when known, else its id.</summary>
    public static string PointText(long pointId, IAlarmPointNames? names) =>
        names?.NameOf(pointId) ?? pointId.ToString(CultureInfo.InvariantCulture);

    /// <summary>The definition, or null with every problem (field and reason) in <paramref name="errors"/>.</summary>
    public AlarmDefinition? ToDefinition(IAlarmPointNames? names, out IReadOnlyList<AlarmDefinitionError> errors)
    {
        var problems = new List<AlarmDefinitionError>();
        var name = Name.Trim();
        void Fail(string field, string problem) => problems.Add(new(string.IsNullOrEmpty(name) ? "(unnamed)" : name, field, problem));

        long point = 0;
        if (UsesPoint)
        {
            point = ResolvePoint("point", Point, names, Fail) ?? 0;
        }

        long? setpoint = Kind == AlarmKind.Deviation && !string.IsNullOrWhiteSpace(SetpointPoint) ? ResolvePoint("setpointPoint", SetpointPoint, names, Fail) : null;
        SuppressionCondition? suppression = null;
        if (Suppressed)
        {
            var suppressionPoint = ResolvePoint("suppression.point", SuppressionPoint, names, Fail);
            if (SuppressionValue is null)
            {
                Fail("suppression.value", "is missing; suppression compares a point with a constant.");
            }
            else if (suppressionPoint is { } id)
            {
                suppression = new SuppressionCondition(id, SuppressionComparison, SuppressionValue.Value);
            }
        }

        if (Priority is < 1 or > 4)
        {
            Fail("priority", $"{Priority} is not a priority; use 1 (urgent) to 4 (low).");
        }

        CheckSeconds("onDelay", OnDelaySeconds, Fail);
        CheckSeconds("offDelay", OffDelaySeconds, Fail);
        var definition = new AlarmDefinition
        {
            Name = name,
            Kind = Kind,
            PointId = point,
            DeviceId = Kind == AlarmKind.CommunicationLost ? Blank(Device) : null,
            Limit = UsesLimit ? Limit : null,
            Deadband = Deadband,
            SetpointPointId = setpoint,
            DiscreteComparison = Kind == AlarmKind.Discrete ? DiscreteComparison : AlarmComparison.Equal,
            DiscreteValue = Kind == AlarmKind.Discrete ? DiscreteValue : null,
            Priority = Priority is >= 1 and <= 4 ? (AlarmPriority)Priority : AlarmPriority.Medium,
            Message = Message.Trim(),
            OnDelay = ToDelay(OnDelaySeconds),
            OffDelay = ToDelay(OffDelaySeconds),
            Suppression = suppression,
            Tags = new AlarmTags(Blank(Area), Blank(TagDevice), Blank(Well), Blank(Zone)),
        };

        problems.AddRange(AlarmDefinitionValidator.Validate(definition).Where(e => !problems.Any(p => p.Field == e.Field)));
        errors = problems;
        return problems.Count == 0 ? definition : null;
    }

    private static long? ResolvePoint(string field, string text, IAlarmPointNames? names, Action<string, string> fail)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            fail(field, "is missing; name it as device/point or give its id.");
            return null;
        }

        if (long.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0)
        {
            return id;
        }

        if (names?.IdOf(trimmed) is { } named)
        {
            return named;
        }

        fail(field, names is null
            ? $"'{trimmed}' is not a point id, and no point map is loaded to look names up."
            : $"'{trimmed}' is not a point of the point map (device/point) nor a point id.");
        return null;
    }

    private static void CheckSeconds(string field, double seconds, Action<string, string> fail)
    {
        if (!double.IsFinite(seconds) || seconds < 0 || seconds > TimeSpan.FromDays(1).TotalSeconds)
        {
            fail(field, $"{seconds} s must be between 0 and 86400 seconds.");
        }
    }

    private static TimeSpan ToDelay(double seconds) =>
        double.IsFinite(seconds) && seconds is >= 0 and <= 86_400 ? TimeSpan.FromSeconds(seconds) : TimeSpan.Zero;

    private static string? Blank(string text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
