namespace HmiApp.Infrastructure.Heating;

/// <summary>The heating installation cannot be reached or is not configured; the message says which.</summary>
public sealed class HeatingUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
