namespace HmiApp.Domain.Alarms;

/// <summary>Where an alarm belongs, for filtering the summary.</summary>
public sealed record AlarmTags(string? Area = null, string? Device = null, string? Well = null, string? Zone = null)
{
    public static AlarmTags None { get; } = new();
}
