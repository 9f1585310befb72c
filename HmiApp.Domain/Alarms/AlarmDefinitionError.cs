namespace HmiApp.Domain.Alarms;

/// <summary>What is wrong with a definition: which alarm, which field, which value, why.</summary>
public sealed record AlarmDefinitionError(string Alarm, string Field, string Problem)
{
    public override string ToString() => $"Alarm '{Alarm}', {Field}: {Problem}";
}
