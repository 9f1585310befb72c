namespace HmiApp.Access;

/// <summary>The fields of the admin's forms a refused change can be about, as <see cref="AdminResult.Field"/> names them.</summary>
public static class AdminFields
{
    public const string UserName = "userName";
    public const string Role = "role";
    public const string Password = "password";
    public const string Pin = "pin";
    public const string Name = "name";
    public const string ValidDays = "validDays";
}
