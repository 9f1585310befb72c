using System.Net;
using Microsoft.Extensions.Options;

namespace HmiApp.Infrastructure.Heating;

/// <summary>Start-up check of <see cref="HeatingOptions"/>: each message names the key and says how to fix it.</summary>
public sealed class HeatingOptionsValidator : IValidateOptions<HeatingOptions>
{
    private const string Section = HeatingOptions.SectionName;

    public ValidateOptionsResult Validate(string? name, HeatingOptions options)
    {
        var failures = new List<string>();
        if (!Enum.TryParse<HeatingMode>(options.Mode, ignoreCase: true, out var mode) || int.TryParse(options.Mode, out _))
        {
            failures.Add($"{Section}:Mode has the unknown value '{options.Mode}'. Set it to 'Gateway' (the HMI is the slave the base station polls), 'Client' (the HMI polls the bus) or 'Disabled'.");
            return ValidateOptionsResult.Fail(failures);
        }

        if (mode == HeatingMode.Disabled)
        {
            return ValidateOptionsResult.Success;
        }

        if (mode == HeatingMode.Gateway && !IPAddress.TryParse(options.BindAddress, out _))
        {
            failures.Add($"{Section}:BindAddress '{options.BindAddress}' is not an IP address. Set e.g. '0.0.0.0' (every interface) or '127.0.0.1'.");
        }

        if (mode == HeatingMode.Client && string.IsNullOrWhiteSpace(options.Host))
        {
            failures.Add($"{Section}:Host is empty but {Section}:Mode is Client. Set the converter's address, e.g. Heating__Host=192.168.1.50.");
        }

        var lowestPort = mode == HeatingMode.Gateway ? 0 : 1;
        if (options.Port < lowestPort || options.Port > 65535)
        {
            failures.Add($"{Section}:Port {options.Port} is out of range. Set {lowestPort}..65535 (the converter's TCP port, e.g. 5020).");
        }

        foreach (var unitId in options.UnitIds)
        {
            if (unitId is < 1 or > 247)
            {
                failures.Add($"{Section}:UnitIds holds {unitId}. Unit ids are 1..247 (the Nea Smart base station uses 240 and 241; 0 is broadcast and always accepted).");
            }
        }

        if (options.UnitIds.Distinct().Count() != options.UnitIds.Length)
        {
            failures.Add($"{Section}:UnitIds lists a unit id twice ({string.Join(", ", options.UnitIds)}). List each once.");
        }

        Positive(failures, "CommandProtection", options.CommandProtection, "00:00:30", allowZero: true);
        Positive(failures, "StaleAfter", options.StaleAfter, "00:03:00", allowZero: false);
        Positive(failures, "FlushInterval", options.FlushInterval, "00:00:01", allowZero: false);
        if (mode == HeatingMode.Client)
        {
            Positive(failures, "PollInterval", options.PollInterval, "00:00:05", allowZero: false);
            Positive(failures, "RequestTimeout", options.RequestTimeout, "00:00:02", allowZero: false);
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Positive(List<string> failures, string key, TimeSpan value, string example, bool allowZero)
    {
        if (value < TimeSpan.Zero || (!allowZero && value == TimeSpan.Zero))
        {
            failures.Add($"{Section}:{key} is '{value}'. Set a {(allowZero ? "non-negative" : "positive")} duration, e.g. '{example}'.");
        }
    }
}
