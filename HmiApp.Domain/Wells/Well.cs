namespace HmiApp.Domain.Wells;

/// <summary>
/// An ESP well's identity and nameplate. Rated values anchor the "ratio to rated" features; the casing and
/// motor diameters give the fluid velocity past the motor, which is what keeps the motor cool.
/// </summary>
public sealed record Well
{
    public Well(
        string id,
        string name,
        string field,
        string pumpModel,
        double ratedFlowBblPerDay,
        double ratedMotorCurrentAmps,
        double ratedFrequencyHz,
        double ratedMotorTemperatureC,
        double maxMotorTemperatureC,
        double casingInnerDiameterInches,
        double motorOuterDiameterInches)
    {
        RequireText(id, nameof(id));
        RequireText(name, nameof(name));
        RequireText(field, nameof(field));
        RequireText(pumpModel, nameof(pumpModel));
        RequirePositive(ratedFlowBblPerDay, nameof(ratedFlowBblPerDay));
        RequirePositive(ratedMotorCurrentAmps, nameof(ratedMotorCurrentAmps));
        RequirePositive(ratedFrequencyHz, nameof(ratedFrequencyHz));
        RequirePositive(casingInnerDiameterInches, nameof(casingInnerDiameterInches));
        RequirePositive(motorOuterDiameterInches, nameof(motorOuterDiameterInches));
        if (!double.IsFinite(ratedMotorTemperatureC))
        {
            throw new ArgumentOutOfRangeException(nameof(ratedMotorTemperatureC), ratedMotorTemperatureC, "must be a finite temperature in degC");
        }

        if (!double.IsFinite(maxMotorTemperatureC) || maxMotorTemperatureC <= ratedMotorTemperatureC)
        {
            throw new ArgumentOutOfRangeException(
                nameof(maxMotorTemperatureC),
                maxMotorTemperatureC,
                $"must be above the rated motor temperature ({ratedMotorTemperatureC} degC)");
        }

        if (motorOuterDiameterInches >= casingInnerDiameterInches)
        {
            throw new ArgumentOutOfRangeException(
                nameof(motorOuterDiameterInches),
                motorOuterDiameterInches,
                $"the motor must fit inside the casing (inner diameter {casingInnerDiameterInches} in)");
        }

        Id = id;
        Name = name;
        Field = field;
        PumpModel = pumpModel;
        RatedFlowBblPerDay = ratedFlowBblPerDay;
        RatedMotorCurrentAmps = ratedMotorCurrentAmps;
        RatedFrequencyHz = ratedFrequencyHz;
        RatedMotorTemperatureC = ratedMotorTemperatureC;
        MaxMotorTemperatureC = maxMotorTemperatureC;
        CasingInnerDiameterInches = casingInnerDiameterInches;
        MotorOuterDiameterInches = motorOuterDiameterInches;
    }

    public string Id { get; }

    public string Name { get; }

    public string Field { get; }

    public string PumpModel { get; }

    public double RatedFlowBblPerDay { get; }

    public double RatedMotorCurrentAmps { get; }

    public double RatedFrequencyHz { get; }

    /// <summary>Winding temperature at rated load with normal cooling.</summary>
    public double RatedMotorTemperatureC { get; }

    /// <summary>The insulation-class limit the motor must not exceed.</summary>
    public double MaxMotorTemperatureC { get; }

    public double CasingInnerDiameterInches { get; }

    public double MotorOuterDiameterInches { get; }

    /// <summary>
    /// Velocity of the produced fluid in the annulus between casing and motor, v = 0.0119 * Q / (ID^2 - OD^2)
    /// with Q in bbl/d and diameters in inches (1 bbl/d = 6.5e-5 ft3/s over an area of pi/4 (ID^2 - OD^2)/144 ft2).
    /// </summary>
    public double FluidVelocityPastMotorFeetPerSecond(double flowBblPerDay)
    {
        var annulus = (CasingInnerDiameterInches * CasingInnerDiameterInches) - (MotorOuterDiameterInches * MotorOuterDiameterInches);
        return 0.0119 * flowBblPerDay / annulus;
    }

    private static void RequireText(string value, string name)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException($"{name} must not be empty", name);
        }
    }

    private static void RequirePositive(double value, string name)
    {
        if (!double.IsFinite(value) || value <= 0)
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be a positive number");
        }
    }
}
