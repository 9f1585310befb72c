using HmiApp.Domain.Heating;

namespace HmiApp.Infrastructure.Heating;

/// <summary>What came of an HMI write: the event as audited, and the validation error when it was refused.</summary>
public sealed record HeatingWriteResult(HeatingWriteEvent Event, HeatingValidationError? ValidationError)
{
    public bool Succeeded => Event.Outcome == HeatingWriteOutcome.Written;
}
