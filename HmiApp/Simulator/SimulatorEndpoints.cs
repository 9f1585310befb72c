using HmiApp.Access;
using HmiApp.Infrastructure.Simulation;
using HmiApp.Infrastructure.Simulation.Devices;
using HmiApp.Infrastructure.Simulation.Wells;

namespace HmiApp.Simulator;

/// <summary>
/// REST for the built-in plant: what is simulated, and fault injection per well and per device.
/// Faults are started with PUT and cleared with DELETE, so repeating a call is harmless.
/// </summary>
public static class SimulatorEndpoints
{
    public static RouteGroupBuilder MapSimulatorApi(this IEndpointRouteBuilder endpoints)
    {
        var group = ApiEndpoints.Group(endpoints).MapGroup("/simulator").WithTags("Simulator");
        group.MapGet("/", (SimulatedPlant plant) => Results.Ok(plant.Devices.Select(SimulatedDeviceView.From)));
        group.MapPut("/wells/{id}/faults/{fault}", (string id, string fault, SimulatedPlant plant) => ChangeWellFault(plant, id, fault, start: true)).RequireAuthorization(HmiPolicies.Engineer);
        group.MapDelete("/wells/{id}/faults/{fault}", (string id, string fault, SimulatedPlant plant) => ChangeWellFault(plant, id, fault, start: false)).RequireAuthorization(HmiPolicies.Engineer);
        group.MapPut("/devices/{id}/faults/{fault}", (string id, string fault, SimulatedPlant plant) => ChangeDeviceFault(plant, id, fault, start: true)).RequireAuthorization(HmiPolicies.Engineer);
        group.MapDelete("/devices/{id}/faults/{fault}", (string id, string fault, SimulatedPlant plant) => ChangeDeviceFault(plant, id, fault, start: false)).RequireAuthorization(HmiPolicies.Engineer);
        return group;
    }

    private static IResult ChangeWellFault(SimulatedPlant plant, string id, string fault, bool start)
    {
        if (plant.FindDevice(id) is not SimulatedWell well)
        {
            return Results.Problem(statusCode: 404, title: "Unknown well", detail: $"No simulated well '{id}'. Known: {string.Join(", ", plant.Wells.Select(w => w.Id))}.");
        }

        if (!TryParse<WellFault>(fault, out var parsed))
        {
            return FaultProblem<WellFault>("fault", fault);
        }

        if (start)
        {
            well.StartFault(parsed);
        }
        else
        {
            well.ClearFault(parsed);
        }

        return Results.Ok(SimulatedDeviceView.From(well));
    }

    private static IResult ChangeDeviceFault(SimulatedPlant plant, string id, string fault, bool start)
    {
        var device = plant.FindDevice(id);
        if (device is null)
        {
            return Results.Problem(statusCode: 404, title: "Unknown device", detail: $"No simulated device '{id}'. Known: {string.Join(", ", plant.Devices.Select(d => d.Id))}.");
        }

        if (!TryParse<DeviceFault>(fault, out var parsed))
        {
            return FaultProblem<DeviceFault>("fault", fault);
        }

        if (start)
        {
            device.StartFault(parsed);
        }
        else
        {
            device.ClearFault(parsed);
        }

        return Results.Ok(SimulatedDeviceView.From(device));
    }

    private static bool TryParse<TEnum>(string text, out TEnum value) where TEnum : struct, Enum =>
        Enum.TryParse(text, ignoreCase: true, out value) && Enum.IsDefined(value) && !int.TryParse(text, out _);

    private static IResult FaultProblem<TEnum>(string field, string value) where TEnum : struct, Enum =>
        Results.ValidationProblem(new Dictionary<string, string[]>
        {
            [field] = [$"'{value}' is not a {typeof(TEnum).Name}. Use one of: {string.Join(", ", Enum.GetNames<TEnum>())}."],
        });
}
