namespace HmiApp.Domain.Acquisition;

/// <summary>
/// How an MQTT device's broker is reached, beside its host and port. The password is never in the point map: it
/// names an environment variable, so that an exported map or the audit trail never carries a secret.
/// </summary>
public sealed record MqttLink(bool Tls, string Username, string PasswordVariable)
{
    public static MqttLink None { get; } = new(false, "", "");
}
