namespace HmiApp.Domain.Heating;

/// <summary>Operating state of the installation (global register 2) or of one zone (zone offset 0); the numbers are Rehau's.</summary>
public enum OperatingState
{
    Normal = 1,
    Reduced = 2,
    Standby = 3,
    TimeProgram = 4,
    Party = 5,
    Holiday = 6,
}
