using System.Globalization;
using System.Text.Json;
using HmiApp.Domain.Heating;
using HmiApp.Infrastructure.Heating;

namespace HmiApp.Zones;

/// <summary>
/// The routes of the Nea Smart 2.0 gateway's REST API, as the Home Assistant integration <c>rehau_neasmart2</c>
/// calls them: integers for states and modes, snake_case fields, <c>{"err"}</c> on refusal, 202 once a command
/// is in the register bank for the base station to take. Values the bus never wrote read as the gateway's
/// registers would: 0 for a state or flag, null for a temperature.
/// </summary>
public static class LegacyGatewayApi
{
    public static void MapLegacyGatewayApi(this IEndpointRouteBuilder app, IServiceProvider hmi)
    {
        HeatingPlant Plant() => hmi.GetRequiredService<HeatingPlantReader>().Current();
        var api = app.MapGroup("").AddEndpointFilter(async (context, next) =>
            hmi.GetRequiredService<HeatingPlantReader>().Mode == HeatingMode.Disabled
                ? Error(StatusCodes.Status503ServiceUnavailable, "heating is disabled on this HMI")
                : await next(context));

        api.MapGet("/health", () => Results.Text("OK"));

        api.MapGet("/zones/{base}/{zone}", (string @base, string zone) =>
        {
            var (id, problem) = Zone(@base, zone);
            if (problem is not null)
            {
                return problem;
            }

            return Plant().Zone(id) is { } found
                ? Results.Ok(new
                {
                    state = (int?)found.State ?? 0,
                    setpoint = found.Setpoint,
                    temperature = found.Temperature,
                    relative_humidity = found.RelativeHumidity ?? 0,
                })
                : Error(StatusCodes.Status404NotFound, $"the base station has not reported {id}");
        });

        api.MapPost("/zones/{base}/{zone}", async (string @base, string zone, HttpContext http, CancellationToken ct) =>
        {
            var (id, problem) = Zone(@base, zone);
            if (problem is not null)
            {
                return problem;
            }

            if (Plant().Zone(id) is null)
            {
                return Error(StatusCodes.Status404NotFound, $"the base station has not reported {id}");
            }

            var (body, invalid) = await ReadAsync(http, ct);
            if (invalid is not null)
            {
                return invalid;
            }

            var hasSetpoint = body.TryGetProperty("setpoint", out var setpoint);
            var hasState = body.TryGetProperty("state", out var state);
            if (hasSetpoint == hasState)
            {
                return Error(StatusCodes.Status400BadRequest, "send either {\"setpoint\": <deg C>} or {\"state\": 1..6}");
            }

            if (hasSetpoint)
            {
                return setpoint.ValueKind == JsonValueKind.Number
                    ? await WriteAsync(new ZoneSetpointCommand(id, setpoint.GetDouble()), hmi, http, ct)
                    : Error(StatusCodes.Status400BadRequest, "setpoint must be a number in deg C");
            }

            return await WriteEnumAsync<OperatingState>(state, "state", s => new ZoneStateCommand(id, s), hmi, http, ct);
        });

        api.MapGet("/mode", () => Results.Ok(new { mode = (int?)Plant().Operation.Mode ?? 0 }));
        api.MapPost("/mode", async (HttpContext http, CancellationToken ct) =>
            await ReadAsync(http, ct) is var (body, invalid) && invalid is not null ? invalid
            : !body.TryGetProperty("mode", out var mode) ? Error(StatusCodes.Status400BadRequest, "mode is required, 1..5")
            : await WriteEnumAsync<OperatingMode>(mode, "mode", m => new OperatingModeCommand(m), hmi, http, ct));

        api.MapGet("/state", () => Results.Ok(new { state = (int?)Plant().Operation.State ?? 0 }));
        api.MapPost("/state", async (HttpContext http, CancellationToken ct) =>
            await ReadAsync(http, ct) is var (body, invalid) && invalid is not null ? invalid
            : !body.TryGetProperty("state", out var state) ? Error(StatusCodes.Status400BadRequest, "state is required, 1..6")
            : await WriteEnumAsync<OperatingState>(state, "state", s => new OperatingStateCommand(s), hmi, http, ct));

        api.MapGet("/outsidetemperature", () =>
        {
            var outside = Plant().Outside;
            return Results.Ok(new { outside_temperature = outside.Current, filtered_outside_temperature = outside.Filtered });
        });

        api.MapGet("/notifications", () =>
        {
            var notes = Plant().Notifications;
            return Results.Ok(new
            {
                hints_present = notes.HintsPresent ?? false,
                warnings_present = notes.WarningsPresent ?? false,
                errors_present = notes.ErrorsPresent ?? false,
                // The original gateway spelled it so; the issue's contract says errors_present: serve both.
                error_present = notes.ErrorsPresent ?? false,
            });
        });

        api.MapGet("/mixedgroups/{group}", (string group) =>
            !TryNumber(group, 1, HeatingRegisterMap.MixedCircuitCount, out var n) ? Error(StatusCodes.Status400BadRequest, $"mixed group must be 1..{HeatingRegisterMap.MixedCircuitCount}")
            : Plant().MixedCircuits.FirstOrDefault(c => c.Number == n) is not { } circuit ? Error(StatusCodes.Status404NotFound, $"the base station has not reported mixed group {n}")
            : Results.Ok(new
            {
                pump_state = circuit.PumpRunning == true ? 1 : 0,
                mixing_valve_opening_percentage = circuit.ValveOpening ?? 0,
                flow_temperature = circuit.FlowTemperature,
                return_temperature = circuit.ReturnTemperature,
            }));

        api.MapGet("/pumps/{id}", (string id) => Unit(id, "pump", HeatingRegisterMap.ExtraPumpCount, Plant().ExtraPumps));
        api.MapGet("/dehumidifiers/{id}", (string id) => Unit(id, "dehumidifier", HeatingRegisterMap.DehumidifierCount, Plant().Dehumidifiers));
        api.MapGet("/dehumidifier/{id}", (string id) => Unit(id, "dehumidifier", HeatingRegisterMap.DehumidifierCount, Plant().Dehumidifiers));
    }

    private static IResult Unit(string id, string kind, int count, IReadOnlyList<HeatingUnit> units) =>
        !TryNumber(id, 1, count, out var n) ? Error(StatusCodes.Status400BadRequest, $"{kind} must be 1..{count}")
        : units.FirstOrDefault(u => u.Number == n) is not { } unit ? Error(StatusCodes.Status404NotFound, $"the base station has not reported {kind} {n}")
        : Results.Ok(new Dictionary<string, int> { [$"{kind}_state"] = unit.Running ? 1 : 0 });

    private static (ZoneId Id, IResult? Problem) Zone(string @base, string zone)
    {
        if (!TryNumber(@base, HeatingRegisterMap.FirstBase, HeatingRegisterMap.LastBase, out var b))
        {
            return (default, Error(StatusCodes.Status400BadRequest, $"base must be {HeatingRegisterMap.FirstBase}..{HeatingRegisterMap.LastBase}"));
        }

        return TryNumber(zone, HeatingRegisterMap.FirstZone, HeatingRegisterMap.LastZone, out var z)
            ? (new ZoneId(b, z), null)
            : (default, Error(StatusCodes.Status400BadRequest, $"zone must be {HeatingRegisterMap.FirstZone}..{HeatingRegisterMap.LastZone}"));
    }

    private static bool TryNumber(string text, int min, int max, out int value) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value >= min && value <= max;

    private static async Task<(JsonElement Body, IResult? Problem)> ReadAsync(HttpContext http, CancellationToken ct)
    {
        try
        {
            var body = await JsonSerializer.DeserializeAsync<JsonElement>(http.Request.Body, JsonSerializerOptions.Web, ct);
            return body.ValueKind == JsonValueKind.Object ? (body, null) : (body, Error(StatusCodes.Status400BadRequest, "body must be a JSON object"));
        }
        catch (JsonException ex)
        {
            return (default, Error(StatusCodes.Status400BadRequest, $"body is not JSON: {ex.Message}"));
        }
    }

    /// <summary>The gateway's clients send Rehau's numbers only; names (which our own API takes) are refused here.</summary>
    private static async Task<IResult> WriteEnumAsync<TEnum>(JsonElement value, string field, Func<TEnum, HeatingCommand> command, IServiceProvider hmi, HttpContext http, CancellationToken ct)
        where TEnum : struct, Enum
    {
        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt32(out var number))
        {
            var allowed = string.Join(", ", Enum.GetValues<TEnum>().Select(v => Convert.ToInt32(v, CultureInfo.InvariantCulture)));
            return Error(StatusCodes.Status400BadRequest, $"{field} must be an integer, one of {allowed}");
        }

        var parsed = typeof(TEnum) == typeof(OperatingMode)
            ? HeatingLimits.TryParseMode(number.ToString(CultureInfo.InvariantCulture), field, out var mode) is { } modeError ? (modeError, default(TEnum)) : (null, (TEnum)(object)mode)
            : HeatingLimits.TryParseState(number.ToString(CultureInfo.InvariantCulture), field, out var state) is { } stateError ? (stateError, default(TEnum)) : (null, (TEnum)(object)state);
        return parsed.Item1 is { } error
            ? Error(StatusCodes.Status400BadRequest, error.Message)
            : await WriteAsync(command(parsed.Item2), hmi, http, ct);
    }

    private static async Task<IResult> WriteAsync(HeatingCommand command, IServiceProvider hmi, HttpContext http, CancellationToken ct)
    {
        var who = $"legacy-api@{http.Connection.RemoteIpAddress?.ToString() ?? "unknown"}";
        var result = await hmi.GetRequiredService<HeatingControl>().WriteAsync(command, who, ct);
        if (result.ValidationError is { } refused)
        {
            return Error(StatusCodes.Status400BadRequest, refused.Message);
        }

        return result.Event.Outcome == HeatingWriteOutcome.Written
            ? Results.Accepted()
            : Error(result.Event.Outcome == HeatingWriteOutcome.ReadBackMismatch ? StatusCodes.Status409Conflict : StatusCodes.Status503ServiceUnavailable,
                $"{result.Event.Target} {result.Event.Field} not written ({result.Event.Outcome}): {result.Event.Detail}");
    }

    private static IResult Error(int status, string message) => Results.Json(new LegacyGatewayError(message), statusCode: status);
}
