using Microsoft.AspNetCore.Identity;

namespace HmiApp.Access;

/// <summary>The password rules, shared by Identity and the start-up check of the initial administrator.</summary>
public static class PasswordRules
{
    public const int MinimumLength = 12;

    public static void Apply(PasswordOptions options)
    {
        options.RequiredLength = MinimumLength;
        options.RequireDigit = true;
        options.RequireLowercase = true;
        options.RequireUppercase = true;
        options.RequireNonAlphanumeric = false;
        options.RequiredUniqueChars = 4;
    }

    /// <summary>What is wrong with <paramref name="password"/>, or an empty list.</summary>
    public static IReadOnlyList<string> Check(string password)
    {
        var problems = new List<string>();
        if (password.Length < MinimumLength)
        {
            problems.Add($"at least {MinimumLength} characters (it has {password.Length})");
        }

        if (!password.Any(char.IsDigit))
        {
            problems.Add("a digit");
        }

        if (!password.Any(char.IsLower))
        {
            problems.Add("a lower-case letter");
        }

        if (!password.Any(char.IsUpper))
        {
            problems.Add("an upper-case letter");
        }

        if (password.Distinct().Count() < 4)
        {
            problems.Add("at least 4 different characters");
        }

        return problems;
    }
}
