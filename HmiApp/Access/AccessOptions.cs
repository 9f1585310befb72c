namespace HmiApp.Access;

/// <summary>Settings under <c>Access</c>; validated at start-up by <see cref="AccessOptionsValidator"/>.</summary>
public sealed class AccessOptions
{
    public const string SectionName = "Access";

    /// <summary>
    /// The first administrator, created at start-up when no administrator exists yet. Without it the
    /// one-time <c>/setup</c> page creates one. There is no default password.
    /// </summary>
    public InitialAdminOptions InitialAdmin { get; set; } = new();

    /// <summary>How long a person's sign-in lasts without activity.</summary>
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromHours(12);

    /// <summary>How long a kiosk device stays signed in.</summary>
    public TimeSpan KioskSessionLifetime { get; set; } = TimeSpan.FromDays(365);

    /// <summary>How long an operator's PIN unlocks writes on a kiosk before it relocks by itself.</summary>
    public TimeSpan KioskUnlockDuration { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Failed sign-ins before an account is locked out, and for how long.</summary>
    public int MaxFailedSignIns { get; set; } = 5;

    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Sign-in attempts allowed per client address per minute.</summary>
    public int SignInAttemptsPerMinute { get; set; } = 10;

    /// <summary>REST requests allowed per client address per minute.</summary>
    public int ApiRequestsPerMinute { get; set; } = 120;

    /// <summary>REST requests allowed per API key per minute, from all addresses together.</summary>
    public int ApiRequestsPerKeyPerMinute { get; set; } = 600;
}

public sealed class InitialAdminOptions
{
    public string? UserName { get; set; }

    public string? Password { get; set; }

    public bool IsSet => !string.IsNullOrWhiteSpace(UserName) || !string.IsNullOrEmpty(Password);
}
