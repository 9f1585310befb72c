namespace HmiApp.Infrastructure.Persistence.Migrations;

/// <summary>Reads the Quartz schema scripts embedded beside the migrations and splits them into statements.</summary>
internal static class QuartzSchemaScript
{
    /// <summary>Quartz's tables, children first, in the order they must be dropped.</summary>
    public static IReadOnlyList<string> Tables { get; } =
    [
        "qrtz_job_status", "qrtz_misfire_history", "qrtz_execution_history", "qrtz_locks", "qrtz_scheduler_state",
        "qrtz_fired_triggers", "qrtz_paused_job_grps", "qrtz_paused_trigger_grps", "qrtz_calendars", "qrtz_blob_triggers",
        "qrtz_simprop_triggers", "qrtz_cron_triggers", "qrtz_simple_triggers", "qrtz_triggers", "qrtz_job_details",
    ];

    public static IEnumerable<string> Statements(string resource)
    {
        var name = $"{typeof(QuartzSchemaScript).Namespace}.{resource}";
        using var stream = typeof(QuartzSchemaScript).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The Quartz schema script {name} is not embedded in the assembly.");
        using var reader = new StreamReader(stream);
        var text = reader.ReadToEnd().Replace("\r", "", StringComparison.Ordinal);
        return text.Split("\n--;;\n")
            .Skip(1)
            .Select(s => string.Join('\n', s.Split('\n').Where(l => !l.StartsWith("--", StringComparison.Ordinal))).Trim())
            .Where(s => s.Length > 0)
            .ToList();
    }
}
