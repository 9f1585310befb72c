using Microsoft.Extensions.Options;

namespace HmiApp.Access;

public sealed class AccessOptionsValidator : IValidateOptions<AccessOptions>
{
    public ValidateOptionsResult Validate(string? name, AccessOptions options)
    {
        var failures = new List<string>();
        var admin = options.InitialAdmin;
        if (admin.IsSet)
        {
            if (string.IsNullOrWhiteSpace(admin.UserName))
            {
                failures.Add("Access:InitialAdmin:UserName is empty while Access:InitialAdmin:Password is set. Set both (Access__InitialAdmin__UserName) or neither and use /setup.");
            }

            if (string.IsNullOrEmpty(admin.Password))
            {
                failures.Add("Access:InitialAdmin:Password is empty while Access:InitialAdmin:UserName is set. Set Access__InitialAdmin__Password; there is no default password.");
            }
            else if (PasswordRules.Check(admin.Password) is { Count: > 0 } problems)
            {
                failures.Add($"Access:InitialAdmin:Password does not meet the password rules: it needs {string.Join(", ", problems)}.");
            }
        }

        Positive(failures, "Access:SessionLifetime", options.SessionLifetime);
        Positive(failures, "Access:KioskSessionLifetime", options.KioskSessionLifetime);
        Positive(failures, "Access:KioskUnlockDuration", options.KioskUnlockDuration);
        Positive(failures, "Access:LockoutDuration", options.LockoutDuration);
        if (options.MaxFailedSignIns < 1)
        {
            failures.Add($"Access:MaxFailedSignIns is {options.MaxFailedSignIns}; it must be 1 or more.");
        }

        if (options.SignInAttemptsPerMinute < 1 || options.ApiRequestsPerMinute < 1 || options.ApiRequestsPerKeyPerMinute < 1)
        {
            failures.Add("Access:SignInAttemptsPerMinute, Access:ApiRequestsPerMinute and Access:ApiRequestsPerKeyPerMinute must be 1 or more.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Positive(List<string> failures, string key, TimeSpan value)
    {
        if (value <= TimeSpan.Zero)
        {
            failures.Add($"{key} is {value}; it must be a positive duration such as 00:02:00.");
        }
    }
}
