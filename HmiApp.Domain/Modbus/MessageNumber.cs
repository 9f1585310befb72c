using System.Globalization;

namespace HmiApp.Domain.Modbus;

/// <summary>Numbers in error messages: invariant culture, 15 significant digits so that 21.499999999999996 reads as 21.5.</summary>
internal static class MessageNumber
{
    public static string Format(double value) => value.ToString("G15", CultureInfo.InvariantCulture);
}
