namespace HmiApp.Domain.Heating;

/// <summary>Why an HMI write was refused: the field that was wrong and a message that names value and rule.</summary>
public sealed record HeatingValidationError(string Field, string Message);
