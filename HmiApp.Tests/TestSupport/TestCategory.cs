namespace HmiApp.Tests.TestSupport;

/// <summary>
/// Trait values the test command counts by (scripts/test.sh prints one line per category). Tests
/// without a Category trait are unit tests.
/// </summary>
public static class TestCategory
{
    public const string Key = "Category";
    public const string Component = "Component";
    public const string Integration = "Integration";
    public const string PostgreSql = "PostgreSQL";
    public const string Peer = "ModbusPeer";

    /// <summary>Tests against Debian's mosquitto broker, driven with mosquitto_pub.</summary>
    public const string Mqtt = "MqttBroker";
}
