namespace HmiApp.Domain.Alarms;

/// <summary>Checks definitions before they reach the engine, naming every problem at once.</summary>
public static class AlarmDefinitionValidator
{
    public const int MaxNameLength = 200;

    public static IReadOnlyList<AlarmDefinitionError> Validate(IReadOnlyList<AlarmDefinition> definitions)
    {
        var errors = new List<AlarmDefinitionError>();
        foreach (var duplicate in definitions.GroupBy(d => d.Name, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            errors.Add(new(duplicate.Key, "name", $"'{duplicate.Key}' is defined {duplicate.Count()} times; names must be unique."));
        }

        foreach (var definition in definitions)
        {
            errors.AddRange(Validate(definition));
        }

        return errors;
    }

    public static IReadOnlyList<AlarmDefinitionError> Validate(AlarmDefinition d)
    {
        var errors = new List<AlarmDefinitionError>();
        var name = string.IsNullOrWhiteSpace(d.Name) ? "(unnamed)" : d.Name;
        void Fail(string field, string problem) => errors.Add(new(name, field, problem));

        if (string.IsNullOrWhiteSpace(d.Name))
        {
            Fail("name", "is empty; every alarm needs a unique name.");
        }
        else if (d.Name.Length > MaxNameLength || d.Name.StartsWith(AdvisoryAlarm.KeyPrefix, StringComparison.Ordinal))
        {
            Fail("name", $"'{d.Name}' must be at most {MaxNameLength} characters and not start with '{AdvisoryAlarm.KeyPrefix}'.");
        }

        if (string.IsNullOrWhiteSpace(d.Message))
        {
            Fail("message", "is empty; the operator must read what is wrong.");
        }

        if (!Enum.IsDefined(d.Priority))
        {
            Fail("priority", $"{(int)d.Priority} is not a priority; use 1 (urgent) to 4 (low).");
        }

        if (!Enum.IsDefined(d.Kind))
        {
            Fail("kind", $"{(int)d.Kind} is not an alarm kind.");
        }

        if (d.Deadband < 0 || !double.IsFinite(d.Deadband))
        {
            Fail("deadband", $"{d.Deadband} must be a finite number ≥ 0.");
        }

        if (d.OnDelay < TimeSpan.Zero || d.OffDelay < TimeSpan.Zero)
        {
            Fail(d.OnDelay < TimeSpan.Zero ? "onDelay" : "offDelay", "must not be negative.");
        }

        switch (d.Kind)
        {
            case AlarmKind.High or AlarmKind.HighHigh or AlarmKind.Low or AlarmKind.LowLow:
                RequireLimit(allowNegative: true);
                break;
            case AlarmKind.Deviation:
                RequireLimit(allowNegative: false);
                if (d.SetpointPointId is null)
                {
                    Fail("setpointPoint", "is missing; a deviation alarm compares the point with a setpoint point.");
                }

                break;
            case AlarmKind.RateOfChange:
                RequireLimit(allowNegative: false);
                break;
            case AlarmKind.Discrete:
                if (d.DiscreteValue is not { } value || !double.IsFinite(value))
                {
                    Fail("discreteValue", "is missing; a discrete alarm compares the point with a constant.");
                }

                break;
            case AlarmKind.CommunicationLost:
                if (string.IsNullOrWhiteSpace(d.DeviceId))
                {
                    Fail("device", "is missing; a lost-communication alarm watches a device.");
                }

                break;
        }

        if (d.Suppression is { } s && !double.IsFinite(s.Value))
        {
            Fail("suppression.value", $"{s.Value} must be a finite number.");
        }

        return errors;

        void RequireLimit(bool allowNegative)
        {
            if (d.Limit is not { } limit || !double.IsFinite(limit))
            {
                Fail("limit", $"is missing; a {d.Kind} alarm needs a finite limit.");
            }
            else if (!allowNegative && limit <= 0)
            {
                Fail("limit", $"{limit} must be > 0 for a {d.Kind} alarm.");
            }
            else if (d.Deadband > 0 && !allowNegative && d.Deadband >= limit)
            {
                Fail("deadband", $"{d.Deadband} must be smaller than the limit {limit}.");
            }
        }
    }
}
