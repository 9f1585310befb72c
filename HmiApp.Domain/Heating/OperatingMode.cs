namespace HmiApp.Domain.Heating;

/// <summary>The installation's operating mode, global register 1; the numbers are Rehau's.</summary>
public enum OperatingMode
{
    Auto = 1,
    Heating = 2,
    Cooling = 3,
    ManualHeating = 4,
    ManualCooling = 5,
}
