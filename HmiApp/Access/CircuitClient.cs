namespace HmiApp.Access;

/// <summary>
/// The client address of a Blazor circuit. A circuit has no HttpContext of its own, but its scope is
/// created while the hub request that starts it is being handled, so the address is captured then.
/// </summary>
public sealed class CircuitClient(IHttpContextAccessor accessor)
{
    public string Address { get; } = ClientAddress.Of(accessor.HttpContext);
}
