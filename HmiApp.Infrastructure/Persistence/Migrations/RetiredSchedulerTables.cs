namespace HmiApp.Infrastructure.Persistence.Migrations;

/// <summary>
/// The job store tables (<c>qrtz_*</c>) of the scheduler the app used before Hangfire, dropped from databases that
/// have them: Hangfire keeps its own storage, and nothing reads these any more. Children before parents, for
/// SQLite's foreign keys.
/// </summary>
internal static class RetiredSchedulerTables
{
    private static readonly string[] Tables =
    [
        "qrtz_simple_triggers", "qrtz_cron_triggers", "qrtz_simprop_triggers", "qrtz_blob_triggers", "qrtz_fired_triggers",
        "qrtz_triggers", "qrtz_job_details", "qrtz_calendars", "qrtz_paused_trigger_grps", "qrtz_paused_job_grps",
        "qrtz_scheduler_state", "qrtz_locks", "qrtz_execution_history", "qrtz_misfire_history", "qrtz_job_status",
    ];

    // SQLite compares table names without case; the old SQLite store spelt them qrtz_JOB_DETAILS and so on.
    public static string Sqlite => string.Concat(Tables.Select(t => $"DROP TABLE IF EXISTS \"{t}\";\n"));

    public static string Postgres => $"DROP TABLE IF EXISTS {string.Join(", ", Tables)} CASCADE;";
}
