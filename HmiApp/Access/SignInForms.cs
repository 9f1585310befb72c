namespace HmiApp.Access;

/// <summary>What the sign-in page posts.</summary>
public sealed class SignInForm
{
    public string? UserName { get; set; }

    public string? Password { get; set; }

    public string? ReturnUrl { get; set; }
}

/// <summary>What the one-time set-up page posts.</summary>
public sealed class SetupForm
{
    public string? UserName { get; set; }

    public string? Password { get; set; }

    public string? ConfirmPassword { get; set; }
}

/// <summary>What a kiosk's sign-in link posts.</summary>
public sealed class KioskSignInForm
{
    public string? Device { get; set; }

    public string? Token { get; set; }
}
