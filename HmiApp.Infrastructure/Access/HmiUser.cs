using Microsoft.AspNetCore.Identity;

namespace HmiApp.Infrastructure.Access;

/// <summary>A person or a kiosk device that signs in to the HMI.</summary>
public sealed class HmiUser : IdentityUser
{
    /// <summary>Hash of the operator's short PIN that unlocks writes on a kiosk; null when none is set.</summary>
    public string? PinHash { get; set; }
}
