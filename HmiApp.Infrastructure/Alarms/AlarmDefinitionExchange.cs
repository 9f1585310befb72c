using System.Text.Json;
using HmiApp.Domain.Alarms;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace HmiApp.Infrastructure.Alarms;

/// <summary>
/// Import and export of alarm definitions as YAML or JSON with points by name. An import reports every
/// problem (unknown point, unknown kind, bad limit) naming the alarm and the field, and imports nothing
/// unless all are valid.
/// </summary>
public sealed class AlarmDefinitionExchange(IAlarmPointNames points)
{
    private static readonly ISerializer YamlWriter = new SerializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .ConfigureDefaultValuesHandling(DefaultValuesHandling.OmitNull)
        .Build();

    private static readonly IDeserializer YamlReader = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .Build();

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
    };

    public string ToYaml(IEnumerable<AlarmDefinition> definitions) => YamlWriter.Serialize(ToDocument(definitions));

    public string ToJson(IEnumerable<AlarmDefinition> definitions) => JsonSerializer.Serialize(ToDocument(definitions), JsonOptions);

    public AlarmDefinitionImport FromYaml(string yaml)
    {
        try
        {
            return FromDocument(YamlReader.Deserialize<AlarmDefinitionDocument>(yaml) ?? new AlarmDefinitionDocument());
        }
        catch (YamlException ex)
        {
            return AlarmDefinitionImport.Failed($"YAML line {ex.Start.Line}, column {ex.Start.Column}: {ex.InnerException?.Message ?? ex.Message}");
        }
    }

    public AlarmDefinitionImport FromJson(string json)
    {
        try
        {
            return FromDocument(JsonSerializer.Deserialize<AlarmDefinitionDocument>(json, JsonOptions) ?? new AlarmDefinitionDocument());
        }
        catch (JsonException ex)
        {
            return AlarmDefinitionImport.Failed($"JSON {ex.Path} (line {ex.LineNumber + 1}): {ex.Message}");
        }
    }

    public AlarmDefinitionDocument ToDocument(IEnumerable<AlarmDefinition> definitions) => new()
    {
        Alarms = definitions.Select(d => new AlarmDefinitionDocument.Item
        {
            Name = d.Name,
            Kind = d.Kind.ToString(),
            Point = d.Kind == AlarmKind.CommunicationLost ? null : NameOf(d.PointId),
            Device = d.DeviceId,
            Limit = d.Limit,
            Deadband = d.Deadband,
            Setpoint = d.SetpointPointId is { } sp ? NameOf(sp) : null,
            Comparison = d.Kind == AlarmKind.Discrete ? d.DiscreteComparison.ToString() : null,
            Value = d.DiscreteValue,
            Priority = (int)d.Priority,
            Message = d.Message,
            OnDelaySeconds = d.OnDelay.TotalSeconds,
            OffDelaySeconds = d.OffDelay.TotalSeconds,
            SuppressWhen = d.Suppression is { } s ? new() { Point = NameOf(s.PointId), Comparison = s.Comparison.ToString(), Value = s.Value } : null,
            Tags = d.Tags == AlarmTags.None ? null : new() { Area = d.Tags.Area, Device = d.Tags.Device, Well = d.Tags.Well, Zone = d.Tags.Zone },
        }).ToList(),
    };

    public AlarmDefinitionImport FromDocument(AlarmDefinitionDocument document)
    {
        var problems = new List<string>();
        var definitions = new List<AlarmDefinition>();
        foreach (var item in document.Alarms)
        {
            var alarm = string.IsNullOrWhiteSpace(item.Name) ? "(unnamed)" : item.Name;
            void Fail(string field, string problem) => problems.Add(new AlarmDefinitionError(alarm, field, problem).ToString());

            if (!TryParse<AlarmKind>(item.Kind, out var kind))
            {
                Fail("kind", $"'{item.Kind}' is not an alarm kind. Use one of: {string.Join(", ", Enum.GetNames<AlarmKind>())}.");
                continue;
            }

            long? Point(string field, string? name, bool required)
            {
                if (string.IsNullOrWhiteSpace(name))
                {
                    if (required)
                    {
                        Fail(field, "is missing.");
                    }

                    return null;
                }

                var id = points.IdOf(name);
                if (id is null)
                {
                    Fail(field, $"'{name}' is not a point of the point map.");
                }

                return id;
            }

            var pointId = Point("point", item.Point, required: kind != AlarmKind.CommunicationLost);
            var setpoint = Point("setpoint", item.Setpoint, required: false);
            var comparison = AlarmComparison.Equal;
            if (item.Comparison is not null && !TryParse(item.Comparison, out comparison))
            {
                Fail("comparison", $"'{item.Comparison}' is not a comparison. Use one of: {string.Join(", ", Enum.GetNames<AlarmComparison>())}.");
            }

            SuppressionCondition? suppression = null;
            if (item.SuppressWhen is { } s)
            {
                var suppressPoint = Point("suppressWhen.point", s.Point, required: true);
                if (!TryParse<AlarmComparison>(s.Comparison, out var suppressComparison))
                {
                    Fail("suppressWhen.comparison", $"'{s.Comparison}' is not a comparison. Use one of: {string.Join(", ", Enum.GetNames<AlarmComparison>())}.");
                }
                else if (suppressPoint is { } sp)
                {
                    suppression = new SuppressionCondition(sp, suppressComparison, s.Value);
                }
            }

            if (item.OnDelaySeconds < 0 || item.OffDelaySeconds < 0 || !double.IsFinite(item.OnDelaySeconds) || !double.IsFinite(item.OffDelaySeconds))
            {
                Fail("onDelaySeconds/offDelaySeconds", $"{item.OnDelaySeconds}/{item.OffDelaySeconds} must be finite and ≥ 0.");
                continue;
            }

            var definition = new AlarmDefinition
            {
                Name = item.Name,
                Kind = kind,
                PointId = pointId ?? 0,
                DeviceId = item.Device,
                Limit = item.Limit,
                Deadband = item.Deadband,
                SetpointPointId = setpoint,
                DiscreteComparison = comparison,
                DiscreteValue = item.Value,
                Priority = (AlarmPriority)item.Priority,
                Message = item.Message,
                OnDelay = TimeSpan.FromSeconds(item.OnDelaySeconds),
                OffDelay = TimeSpan.FromSeconds(item.OffDelaySeconds),
                Suppression = suppression,
                Tags = item.Tags is { } t ? new AlarmTags(t.Area, t.Device, t.Well, t.Zone) : AlarmTags.None,
            };
            definitions.Add(definition);
        }

        problems.AddRange(AlarmDefinitionValidator.Validate(definitions).Select(e => e.ToString()));
        return problems.Count > 0 ? new AlarmDefinitionImport([], problems) : new AlarmDefinitionImport(definitions, []);
    }

    private string NameOf(long pointId) =>
        points.NameOf(pointId) ?? throw new InvalidOperationException($"Point {pointId} is not in the point map; the definition cannot be exported by point name.");

    private static bool TryParse<TEnum>(string? text, out TEnum value) where TEnum : struct, Enum =>
        Enum.TryParse(text, ignoreCase: true, out value) && Enum.IsDefined(value) && !int.TryParse(text, out _);
}
