using HmiApp.Access;
using HmiApp.Domain.Heating;
using HmiApp.Infrastructure.Heating;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace HmiApp.Zones;

/// <summary>
/// REST for the Nea Smart 2.0 installation under /api/v1/heating. Every read carries the freshness of the bus
/// data; every write goes through <see cref="HeatingControl"/> (domain limits, read-back, audit).
/// </summary>
public static class HeatingApi
{
    public static IEndpointRouteBuilder MapHeatingApi(this IEndpointRouteBuilder endpoints)
    {
        var heating = ApiEndpoints.Group(endpoints).MapGroup("/heating").WithTags("Heating").AddEndpointFilter(RequireEnabled);

        heating.MapGet("/zones", (HeatingPlantReader reader) =>
        {
            var plant = reader.Current();
            return TypedResults.Ok(new ZoneListDto(plant.TakenAt, plant.Zones.Select(ZoneDto.From).ToList()));
        }).WithName("ListZones").WithSummary("All zones the base station reports, by base and zone");

        heating.MapGet("/zones/{base:int}/{zone:int}", Results<Ok<ZoneDto>, NotFound<ProblemDetails>, ValidationProblem> (int @base, int zone, HeatingPlantReader reader) =>
        {
            var (found, invalid, missing) = FindZone(@base, zone, reader);
            if (found is null)
            {
                return invalid is not null ? invalid : missing!;
            }

            return TypedResults.Ok(ZoneDto.From(found));
        }).WithName("GetZone").WithSummary("One zone");

        heating.MapPut("/zones/{base:int}/{zone:int}/setpoint", async Task<Results<Ok<HeatingWriteDto>, NotFound<ProblemDetails>, ValidationProblem, ProblemHttpResult>> (
            int @base, int zone, SetpointChange? change, HeatingPlantReader reader, HeatingControl control, HttpContext http, CancellationToken cancellationToken) =>
        {
            var (found, invalid, missing) = FindZone(@base, zone, reader);
            if (found is null)
            {
                return invalid is not null ? invalid : missing!;
            }

            if (change?.Setpoint is not { } setpoint)
            {
                return Invalid("setpoint", $"setpoint is required, in °C; {LimitsText(control.Limits)}.");
            }

            return await WriteAsync(new ZoneSetpointCommand(found.Id, setpoint), control, reader, http, cancellationToken);
        }).WithName("ChangeZoneSetpoint").WithSummary("Change a zone's setpoint (°C, within the limits)")
            .RequireAuthorization(HmiPolicies.Operate);

        heating.MapPut("/zones/{base:int}/{zone:int}/state", async Task<Results<Ok<HeatingWriteDto>, NotFound<ProblemDetails>, ValidationProblem, ProblemHttpResult>> (
            int @base, int zone, StateChange? change, HeatingPlantReader reader, HeatingControl control, HttpContext http, CancellationToken cancellationToken) =>
        {
            var (found, invalid, missing) = FindZone(@base, zone, reader);
            if (found is null)
            {
                return invalid is not null ? invalid : missing!;
            }

            if (HeatingLimits.TryParseState(change?.State, "state", out var state) is { } error)
            {
                return Invalid(error.Field, error.Message);
            }

            return await WriteAsync(new ZoneStateCommand(found.Id, state), control, reader, http, cancellationToken);
        }).WithName("ChangeZoneState").WithSummary("Change a zone's operating state")
            .RequireAuthorization(HmiPolicies.Operate);

        heating.MapGet("/operation", (HeatingPlantReader reader) => TypedResults.Ok(OperationDto.From(reader.Current().Operation)))
            .WithName("GetOperation").WithSummary("Global operating mode and state");

        heating.MapPut("/operation/mode", async Task<Results<Ok<HeatingWriteDto>, NotFound<ProblemDetails>, ValidationProblem, ProblemHttpResult>> (
            ModeChange? change, HeatingPlantReader reader, HeatingControl control, HttpContext http, CancellationToken cancellationToken) =>
            HeatingLimits.TryParseMode(change?.Mode, "mode", out var mode) is { } error
                ? Invalid(error.Field, error.Message)
                : await WriteAsync(new OperatingModeCommand(mode), control, reader, http, cancellationToken))
            .WithName("ChangeOperatingMode").WithSummary("Change the global operating mode")
            .RequireAuthorization(HmiPolicies.Operate);

        heating.MapPut("/operation/state", async Task<Results<Ok<HeatingWriteDto>, NotFound<ProblemDetails>, ValidationProblem, ProblemHttpResult>> (
            StateChange? change, HeatingPlantReader reader, HeatingControl control, HttpContext http, CancellationToken cancellationToken) =>
            HeatingLimits.TryParseState(change?.State, "state", out var state) is { } error
                ? Invalid(error.Field, error.Message)
                : await WriteAsync(new OperatingStateCommand(state), control, reader, http, cancellationToken))
            .WithName("ChangeOperatingState").WithSummary("Change the global operating state")
            .RequireAuthorization(HmiPolicies.Operate);

        heating.MapGet("/mixed-circuits", (HeatingPlantReader reader) =>
        {
            var plant = reader.Current();
            return TypedResults.Ok(new MixedCircuitListDto(plant.TakenAt, plant.MixedCircuits.Select(MixedCircuitDto.From).ToList()));
        }).WithName("ListMixedCircuits").WithSummary("Mixed circuits: valve, pump, flow and return temperature");

        heating.MapGet("/outside-temperature", (HeatingPlantReader reader) => TypedResults.Ok(OutsideTemperatureDto.From(reader.Current().Outside)))
            .WithName("GetOutsideTemperature").WithSummary("Outside temperature, measured and filtered");

        heating.MapGet("/notifications", (HeatingPlantReader reader) => TypedResults.Ok(NotificationsDto.From(reader.Current().Notifications)))
            .WithName("GetNotifications").WithSummary("Whether errors, warnings or hints are present");

        heating.MapGet("/dehumidifiers", (HeatingPlantReader reader) =>
        {
            var plant = reader.Current();
            return TypedResults.Ok(new HeatingUnitListDto(plant.TakenAt, plant.Dehumidifiers.Select(HeatingUnitDto.From).ToList()));
        }).WithName("ListDehumidifiers").WithSummary("Dehumidifiers 1-9 the base station reports");

        heating.MapGet("/pumps", (HeatingPlantReader reader) =>
        {
            var plant = reader.Current();
            return TypedResults.Ok(new HeatingUnitListDto(plant.TakenAt, plant.ExtraPumps.Select(HeatingUnitDto.From).ToList()));
        }).WithName("ListPumps").WithSummary("Extra pumps 1-5 the base station reports");

        return endpoints;
    }

    private static async ValueTask<object?> RequireEnabled(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var reader = context.HttpContext.RequestServices.GetRequiredService<HeatingPlantReader>();
        return reader.Mode == HeatingMode.Disabled
            ? TypedResults.Problem("Heating is disabled (Heating:Mode is Disabled).", statusCode: StatusCodes.Status503ServiceUnavailable, title: "Heating disabled")
            : await next(context);
    }

    private static (HeatingZone? Zone, ValidationProblem? Invalid, NotFound<ProblemDetails>? Missing) FindZone(int @base, int zone, HeatingPlantReader reader)
    {
        var errors = new Dictionary<string, string[]>();
        if (@base is < HeatingRegisterMap.FirstBase or > HeatingRegisterMap.LastBase)
        {
            errors["base"] = [$"base {@base} is out of range; bases are {HeatingRegisterMap.FirstBase}..{HeatingRegisterMap.LastBase}."];
        }

        if (zone is < HeatingRegisterMap.FirstZone or > HeatingRegisterMap.LastZone)
        {
            errors["zone"] = [$"zone {zone} is out of range; zones are {HeatingRegisterMap.FirstZone}..{HeatingRegisterMap.LastZone} on each base."];
        }

        if (errors.Count > 0)
        {
            return (null, TypedResults.ValidationProblem(errors), null);
        }

        var id = new ZoneId(@base, zone);
        return reader.Current().Zone(id) is { } found
            ? (found, null, null)
            : (null, null, TypedResults.NotFound(new ProblemDetails
            {
                Title = "Zone not reported",
                Detail = $"The base station has not reported {id}; it has no registers on the bus.",
                Status = StatusCodes.Status404NotFound,
            }));
    }

    private static async Task<Results<Ok<HeatingWriteDto>, NotFound<ProblemDetails>, ValidationProblem, ProblemHttpResult>> WriteAsync(
        HeatingCommand command, HeatingControl control, HeatingPlantReader reader, HttpContext http, CancellationToken cancellationToken)
    {
        var result = await control.WriteAsync(command, Who(http), cancellationToken);
        var write = result.Event;
        if (result.ValidationError is { } error)
        {
            return Invalid(error.Field, error.Message);
        }

        if (write.Outcome != HeatingWriteOutcome.Written)
        {
            return TypedResults.Problem(
                detail: write.Detail,
                statusCode: write.Outcome == HeatingWriteOutcome.ReadBackMismatch ? StatusCodes.Status409Conflict : StatusCodes.Status503ServiceUnavailable,
                title: $"{write.Target} {write.Field} not written ({write.Outcome})",
                extensions: new Dictionary<string, object?> { ["old"] = write.Old, ["new"] = write.New, ["readBack"] = write.ReadBack });
        }

        var plant = reader.Current();
        var freshness = command switch
        {
            ZoneSetpointCommand c => plant.Zone(c.Zone)?.Freshness,
            ZoneStateCommand c => plant.Zone(c.Zone)?.Freshness,
            _ => plant.Operation.Freshness,
        } ?? plant.Operation.Freshness;
        return TypedResults.Ok(new HeatingWriteDto(write.Target, write.Field, write.Old, write.New, write.ReadBack, write.Outcome.ToString(), FreshnessDto.From(freshness)));
    }

    private static ValidationProblem Invalid(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] });

    private static string LimitsText(HeatingLimits limits) =>
        FormattableString.Invariant($"allowed are {limits.SetpointMin}..{limits.SetpointMax} °C in steps of {limits.SetpointStep}");

    /// <summary>The signed-in user when there is one; otherwise the caller's address, so the audit still says where it came from.</summary>
    private static string Who(HttpContext http) =>
        http.User.Identity is { IsAuthenticated: true, Name: { } name } ? name : $"api@{http.Connection.RemoteIpAddress?.ToString() ?? "unknown"}";
}
