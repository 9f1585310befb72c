using System.Text.Json.Serialization;
using HmiApp.Domain.Alarms;

namespace HmiApp.Infrastructure.Cluster;

/// <summary>An operator's action on an alarm, as one node tells the others to apply it.</summary>
public sealed record AlarmCommandMessage(
    [property: JsonPropertyName("node")] string Node,
    [property: JsonPropertyName("alarm")] string AlarmKey,
    [property: JsonPropertyName("event")] AlarmEvent Event,
    [property: JsonPropertyName("user")] string User,
    [property: JsonPropertyName("comment")] string? Comment,
    [property: JsonPropertyName("shelvedUntil")] DateTimeOffset? ShelvedUntil);
