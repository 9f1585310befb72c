using System.Text.Json.Serialization;

namespace HmiApp.Zones;

/// <summary>The gateway API's error body, <c>{"err": "..."}</c>, as its clients parse it.</summary>
public sealed record LegacyGatewayError([property: JsonPropertyName("err")] string Err);
