namespace HmiApp.Domain.Alarms;

public static class AlarmComparisonExtensions
{
    // Discrete states travel as doubles (0/1, enumerations); this keeps 1.0000000001 equal to 1.
    private const double EqualityTolerance = 1e-9;

    public static bool Holds(this AlarmComparison comparison, double value, double constant) => comparison switch
    {
        AlarmComparison.Equal => Math.Abs(value - constant) <= EqualityTolerance,
        AlarmComparison.NotEqual => Math.Abs(value - constant) > EqualityTolerance,
        AlarmComparison.GreaterThan => value > constant,
        AlarmComparison.GreaterThanOrEqual => value >= constant,
        AlarmComparison.LessThan => value < constant,
        AlarmComparison.LessThanOrEqual => value <= constant,
        _ => throw new ArgumentOutOfRangeException(nameof(comparison), comparison, "Not a comparison."),
    };
}
