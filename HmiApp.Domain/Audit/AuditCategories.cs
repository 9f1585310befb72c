namespace HmiApp.Domain.Audit;

/// <summary>
/// What kind of change an audit entry records. Later writers (setpoints, point maps, jobs, thresholds,
/// device writes) add their own categories here so that the audit page can filter by them.
/// </summary>
public static class AuditCategories
{
    public const string SignIn = "sign-in";

    /// <summary>Operator actions on alarms: acknowledge, shelve, unshelve, out of service.</summary>
    public const string Alarms = "alarms";

    public const string SignOut = "sign-out";
    public const string Setup = "setup";
    public const string User = "user";
    public const string ApiKey = "api-key";
    public const string Kiosk = "kiosk";
    public const string Heating = "heating";
    public const string AlarmDefinition = "alarm-definition";
    public const string Wells = "wells";
    public const string PointMap = "point-map";
    public const string Jobs = "jobs";
}
