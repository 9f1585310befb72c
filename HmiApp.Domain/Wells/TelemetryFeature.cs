namespace HmiApp.Domain.Wells;

/// <summary>A number computed from one signal over a <see cref="TelemetryWindow"/>.</summary>
public enum TelemetryFeature
{
    /// <summary>Value of the newest reading.</summary>
    Latest,

    Mean,

    /// <summary>Least-squares slope, in signal units per minute.</summary>
    SlopePerMinute,

    /// <summary>Population variance about the mean.</summary>
    Variance,

    /// <summary>Standard deviation divided by the absolute mean.</summary>
    CoefficientOfVariation,

    /// <summary>
    /// Standard deviation of what is left after removing the least-squares line, divided by the absolute mean:
    /// a steady ramp is not erratic, a signal swinging about its trend is.
    /// </summary>
    Erraticness,

    Minimum,
    Maximum,

    /// <summary>Mean divided by the well's rated value (flow, current, frequency, motor temperature only).</summary>
    RatioToRated,

    /// <summary>Mean divided by the mean of the same signal over the caller's baseline (normal) period.</summary>
    RatioToBaseline,

    /// <summary>The well's limit minus the mean (motor temperature only: max motor temperature minus mean, degC).</summary>
    HeadroomToLimit,

    /// <summary>Mean of the newest tenth of the window: where a trend ended.</summary>
    EndLevel,

    /// <summary>End level divided by the baseline mean: a pressure that ends at 15 % of baseline though its mean is 58 %.</summary>
    EndRatioToBaseline,

    /// <summary>Size of the window's most pronounced level shift relative to the level before it (-1 = fell to zero).</summary>
    StepRelativeChange,

    /// <summary>Where that shift falls in the window, 0 (start) to 1 (end).</summary>
    StepOnsetFraction,

    /// <summary>Noise from the median successive difference, relative to the mean: neither a ramp nor one step fakes it.</summary>
    SuccessiveDifferenceErraticness,

    /// <summary>End level divided by the well's rated value (flow, current, frequency, motor temperature only).</summary>
    EndRatioToRated,

    /// <summary>The well's limit minus the end level (motor temperature only): how close the motor got, not how close it was on average.</summary>
    EndHeadroomToLimit,
}
