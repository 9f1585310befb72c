namespace HmiApp.Infrastructure.DataProtection;

/// <summary>
/// One ASP.NET Core data-protection key, kept in the database so that cookies and antiforgery tokens
/// stay valid across restarts and across app nodes sharing one PostgreSQL.
/// </summary>
public sealed class DataProtectionKey
{
    public int Id { get; set; }

    public required string FriendlyName { get; set; }

    public required string Xml { get; set; }
}
