namespace HmiApp.Domain.Access;

/// <summary>
/// The plant's roles. People hold exactly one of <see cref="Ranked"/>; each includes every role below it
/// (Admin ⊇ Engineer ⊇ Operator ⊇ Viewer). A <see cref="Kiosk"/> is a wall screen, not a person: it
/// views, and writes only while an operator has unlocked it with a PIN.
/// </summary>
public static class HmiRoles
{
    public const string Viewer = "Viewer";
    public const string Operator = "Operator";
    public const string Engineer = "Engineer";
    public const string Admin = "Admin";
    public const string Kiosk = "Kiosk";

    /// <summary>The roles of people, lowest first.</summary>
    public static IReadOnlyList<string> Ranked { get; } = [Viewer, Operator, Engineer, Admin];

    /// <summary>Every role, kiosk included.</summary>
    public static IReadOnlyList<string> All { get; } = [Viewer, Operator, Engineer, Admin, Kiosk];

    /// <summary>The roles that satisfy a need for <paramref name="minimum"/>: it and every role above it.</summary>
    public static IReadOnlyList<string> AtLeast(string minimum)
    {
        var rank = RankOf(minimum);
        return rank < 0
            ? throw new ArgumentException($"'{minimum}' is not a ranked role; expected one of {string.Join(", ", Ranked)}.", nameof(minimum))
            : Ranked.Skip(rank).ToList();
    }

    private static int RankOf(string role)
    {
        for (var i = 0; i < Ranked.Count; i++)
        {
            if (string.Equals(Ranked[i], role, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
