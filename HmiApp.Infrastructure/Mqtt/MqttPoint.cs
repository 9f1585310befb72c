using HmiApp.Domain.Acquisition;

namespace HmiApp.Infrastructure.Mqtt;

/// <summary>A point of an MQTT device as its link holds it: stored id, definition, and the period its topic is expected at.</summary>
public sealed record MqttPoint(long Id, Point Point, TimeSpan Period);
