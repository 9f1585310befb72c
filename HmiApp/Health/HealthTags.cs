namespace HmiApp.Health;

public static class HealthTags
{
    /// <summary>Checks that must pass before the node takes traffic (<c>/readyz</c>).</summary>
    public const string Ready = "ready";

    /// <summary>Checks that only say the process runs (<c>/healthz</c>).</summary>
    public const string Live = "live";
}
